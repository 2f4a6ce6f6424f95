// Object spread copies own enumerable props (incl. symbols), invoking getters, in order.
var sym = Symbol("s");
var src = { a: 1, b: 2, [sym]: 3 };
Object.defineProperty(src, "hidden", { value: 4, enumerable: false });
var copy = { ...src, b: 20, c: 30 };
console.log(JSON.stringify(copy), copy[sym], "hidden" in copy); // expect: {"a":1,"b":20,"c":30} 3 false
var over = { b: 0, ...src };
console.log(over.b); // expect: 2
var calls = 0;
var g = { get x() { calls++; return "got"; } };
var s2 = { ...g };
console.log(calls, Object.getOwnPropertyDescriptor(s2, "x").value); // expect: 1 got
console.log(JSON.stringify({ ...null, ...undefined, ...1, ..."hi", ...[7] })); // expect: {"0":7,"1":"i"}
var proto = { inherited: 1 };
console.log("inherited" in { ...Object.create(proto) }); // expect: false
var setterHit = false;
var target = { ...{ set p(v) { setterHit = true; } } };
console.log(setterHit, "p" in target); // expect: false true
