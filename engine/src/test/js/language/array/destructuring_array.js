// Array destructuring: skipping, defaults, rest, swapping, nested.
var [a, , b = 10, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest.join()); // expect: 1 10 4,5
var x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y); // expect: 2 1
var [[p, q], [r]] = [[1, 2], [3]];
console.log(p, q, r); // expect: 1 2 3
var [m = 1, n = m * 2] = [];
console.log(m, n); // expect: 1 2
var [h, i] = "hi";
console.log(h, i); // expect: h i
var [u] = [];
console.log(u); // expect: undefined
var [, , third] = new Set([1, 2, 3]);
console.log(third); // expect: 3
try { var [z] = 5; } catch (e) { console.log(e instanceof TypeError); } // expect: true
