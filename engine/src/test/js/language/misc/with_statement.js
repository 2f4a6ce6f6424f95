// Sloppy-mode with statement: object properties shadow outer variables.
var o = { a: 1, b: 2 };
var a = "outer";
with (o) { console.log(a + b); } // expect: 3
with (o) { a = 10; c = "leaked"; }
console.log(o.a, typeof o.c, c); // expect: 10 undefined leaked
var unscop = { x: "prop", [Symbol.unscopables]: { x: true } };
var x = "var";
with (unscop) { console.log(x); } // expect: var
