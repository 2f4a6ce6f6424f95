// fn.name for declarations, inferred names, methods, accessors, bound and symbol-keyed functions.
function decl() {}
let f = function () {};
const g = () => {};
var h = function named() {};
console.log(decl.name, f.name, g.name, h.name); // expect: decl f g named
var o = { m() {}, ["comp" + "uted"]: function () {}, arrow: () => {}, get x() { return 1; }, set x(v) {} };
console.log(o.m.name, o.computed.name, o.arrow.name); // expect: m computed arrow
var d = Object.getOwnPropertyDescriptor(o, "x");
console.log(d.get.name, d.set.name); // expect: get x set x
console.log(decl.bind(null).name, g.bind(null).bind(null).name); // expect: bound decl bound bound g
var sym = Symbol("desc");
var so = { [sym]() {}, [Symbol()]: function () {} };
console.log(so[sym].name); // expect: [desc]
console.log(JSON.stringify(so[Object.getOwnPropertySymbols(so)[1]].name)); // expect: ""
class C { static s() {} m() {} }
console.log(C.name, C.s.name, new C().m.name); // expect: C s m
console.log((function () {}).name === "", (() => {}).name === ""); // expect: true true
let a2; a2 = function () {};
console.log(a2.name); // expect: a2
var { dflt = function () {} } = {};
console.log(dflt.name); // expect: dflt
console.log(new Function("return 1").name); // expect: anonymous
console.log(Object.getOwnPropertyDescriptor(decl, "name").writable); // expect: false
