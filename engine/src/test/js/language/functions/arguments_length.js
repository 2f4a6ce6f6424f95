// arguments.length reflects actual arguments, fn.length the formal count.
function f(a, b, c) { return arguments.length; }
console.log(f(), f(1), f(1, 2, 3, 4, 5)); // expect: 0 1 5
console.log(f.length); // expect: 3
console.log(((a, b) => 0).length, (function (...r) {}).length, (function (a, b = 1, c) {}).length); // expect: 2 0 1
console.log(Math.max.length, [].push.length, parseInt.length); // expect: 2 1 2
function g() { return arguments[arguments.length - 1]; }
console.log(g("x", "y")); // expect: y
console.log(Object.getOwnPropertyDescriptor(f, "length").writable); // expect: false
