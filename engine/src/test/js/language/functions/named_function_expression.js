// A named function expression binds its own name (read-only) inside its body only.
var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(5)); // expect: 120
console.log(typeof fact); // expect: undefined
var g = function self() { self = 5; return typeof self; };
console.log(g()); // expect: function
var h = function self2() { "use strict"; try { self2 = 5; } catch (e) { return e.name; } };
console.log(h()); // expect: TypeError
var k = function named() { var named = 3; return named; };
console.log(k()); // expect: 3
console.log(f.name); // expect: fact
