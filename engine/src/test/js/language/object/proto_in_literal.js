// __proto__: value in a literal sets the prototype; computed/shorthand forms do not.
var base = { greet() { return "hi " + this.n; } };
var o = { __proto__: base, n: "x" };
console.log(Object.getPrototypeOf(o) === base, o.greet()); // expect: true hi x
console.log(Object.keys(o).join()); // expect: n
var c = { ["__proto__"]: base };
console.log(Object.getPrototypeOf(c) === Object.prototype, Object.keys(c).join()); // expect: true __proto__
var nul = { __proto__: null };
console.log(Object.getPrototypeOf(nul), typeof nul.toString); // expect: null undefined
var ignored = { __proto__: 5 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype); // expect: true
var x = {}; x.__proto__ = base;
console.log(Object.getPrototypeOf(x) === base); // expect: true
