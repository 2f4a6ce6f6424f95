// Closures keep independent private state per creation.
function makeCounter() { var n = 0; return { inc: function () { return ++n; }, get: function () { return n; } }; }
var c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get()); // expect: 2 1
function adder(x) { return function (y) { return x + y; }; }
var add5 = adder(5);
console.log(add5(1), adder(10)(1)); // expect: 6 11
