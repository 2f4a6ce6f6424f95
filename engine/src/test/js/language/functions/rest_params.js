// Rest parameters collect the remaining arguments into a real array.
function f(a, ...rest) { return a + ":" + rest.join(",") + ":" + Array.isArray(rest); }
console.log(f(1, 2, 3), f(1)); // expect: 1:2,3:true 1::true
function g(...all) { return all.length; }
console.log(g(), g(undefined, undefined)); // expect: 0 2
console.log(f.length, g.length); // expect: 1 0
var arrow = (...xs) => xs.reduce((s, x) => s + x, 0);
console.log(arrow(1, 2, 3, 4)); // expect: 10
function d(a, ...[b, c]) { return a + b + c; }
console.log(d(1, 2, 3)); // expect: 6
