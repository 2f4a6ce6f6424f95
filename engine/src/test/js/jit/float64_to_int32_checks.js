// A float64 result used where int32s were seen (Math.floor(x) + 1) is checked as it is: an exact int32 goes on,
// anything else (a fraction, NaN, -0, out of range) deoptimizes to the right answer.
function g(a) { return Math.floor(a) + 1; }
function h(a, b) { return Math.round(a / b) * 2; }
let s = 0;
for (let i = 0; i < 5000; i++) s += g(i / 3) + h(i, 7);
console.log(s, g(-0.5), Object.is(g(-0), 1), g(NaN), g(2.5e10), g(-3.2), h(1, 0), h(-1, 4), Object.is(h(-0.2, 1), -0), h(2147483647, 0.5));
// expect: 7739881 0 true NaN 25000000001 -3 Infinity -0 true 8589934588
