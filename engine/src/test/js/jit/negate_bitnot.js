// -x and ~x on int32 values in optimized code: -0, the smallest int32 and non-int operands deoptimize to the right answer.
function neg(x) { return -x; }
function inv(x) { return ~x; }
let s = 0;
for (let i = 1; i < 5000; i++) s += neg(i) + inv(i);
console.log(s, Object.is(neg(0), -0), neg(-2147483648), neg(2147483647), neg(1.5), inv(-1), inv(2147483647), neg("3"), inv("7"), Object.is(neg(-0), 0));
// expect: -24999999 true 2147483648 -2147483647 -1.5 0 -2147483648 -3 -8 true
