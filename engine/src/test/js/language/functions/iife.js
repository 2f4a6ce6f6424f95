// Immediately invoked function expressions in various syntactic forms.
var r1 = (function () { return 1; })();
var r2 = (function () { return 2; }());
var r3 = !function () { return 3; }();
var r4 = (() => 4)();
var r5 = void function () {}();
console.log(r1, r2, r3, r4, r5); // expect: 1 2 false 4 undefined
var counter = (function () { var c = 0; return { inc: () => ++c }; })();
counter.inc(); counter.inc();
console.log(counter.inc()); // expect: 3
console.log((function (a, b) { return a * b; })(6, 7)); // expect: 42
console.log(function () { return "expr"; }()); // expect: expr
