// Object literals: shorthand, computed keys, methods, numeric and string keys.
var a = 1, b = 2, k = "dyn";
var o = { a, b, [k + "amic"]: 3, [1 + 1]: "two", "quoted key": 4, 3.5: "x", m() { return this.a; } };
console.log(o.a, o.b, o.dynamic, o[2], o["2"], o["quoted key"], o["3.5"], o.m()); // expect: 1 2 3 two two 4 x 1
var dup = { x: 1, x: 2 };
console.log(dup.x, Object.keys(dup).length); // expect: 2 1
var e = {};
console.log(Object.keys(e).length, Object.getPrototypeOf(e) === Object.prototype); // expect: 0 true
var kw = { if: 1, class: 2, new: 3, function: 4 };
console.log(kw.if + kw.class + kw.new + kw.function); // expect: 10
console.log(JSON.stringify({ 0x10: "hex", 1e3: "exp" })); // expect: {"16":"hex","1000":"exp"}
