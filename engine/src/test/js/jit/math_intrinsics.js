// Math builtins called from optimized code through their intrinsics, then replaced or given odd arguments
function hyp(x, y) { return Math.sqrt(x * x + y * y); }
function mix(a, b) { return Math.max(a, b) - Math.min(a, b) + Math.floor(a / 3) + Math.abs(b) + Math.pow(a, 2) + Math.round(b / 2); }
let s = 0;
for (let i = 0; i < 3000; i++) s += hyp(i, i + 1) + mix(i, -i);
console.log(s);
console.log(hyp(3, 4), hyp("3", 4), hyp(0.5, -0.25), mix(-0, 0), Object.is(Math.max(-0, 0), 0), Object.is(mix(NaN, 1), NaN));
console.log(hyp({ valueOf() { return 6; } }, 8), Math.round(-0.5), Object.is(Math.round(-0.4), -0), Math.pow(NaN, 0));
const realSqrt = Math.sqrt;
Math.sqrt = x => "replaced " + x;
console.log(hyp(3, 4));
Math.sqrt = realSqrt;
console.log(hyp(3, 4), typeof Math.floor(2.5), Math.floor(-2.5), Math.ceil(-0.5));
// expect: 9014609962.72807
// expect: 5 5 0.5590169943749475 0 true true
// expect: 10 -0 true 1
// expect: replaced 25
// expect: 5 number -3 -0
