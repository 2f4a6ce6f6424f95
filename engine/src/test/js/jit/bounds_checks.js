// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt functions are optimized again at once, so deopt counts differ)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// a[i] under i < a.length, with i never negative and nothing changing a in between, reads without a
// bounds check; a guard that a's elements cover its length (an array with trailing holes does not)
// runs once, where the length is read.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
%PrepareFunctionForOptimization(sum);
sum([1, 2, 3]); sum([4, 5]);
%OptimizeFunctionOnNextCall(sum);
console.log(sum([1, 2, 3, 4]), sum([]), optimized(sum));
// Trailing holes: the length is past the elements; the guard fails before the loop.
const holes = [1, 2, 3];
holes.length = 5;
console.log(sum(holes), optimized(sum), %DeoptCount(sum));
// expect: 10 0 true
// expect: NaN false 1

// An index that may be negative keeps its check.
function fromMinusOne(a) {
  let s = 0;
  for (let i = -1; i < a.length; i++) s += a[i] === undefined ? 100 : a[i];
  return s;
}
%PrepareFunctionForOptimization(fromMinusOne);
fromMinusOne([1, 2]); fromMinusOne([3]);
%OptimizeFunctionOnNextCall(fromMinusOne);
console.log(fromMinusOne([1, 2, 3]), fromMinusOne([]));
// expect: 106 100

// The array shrinks inside the loop: the length is read again before each load, which stays right.
function shrinking(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i];
    if (i === 1) a.pop();
  }
  return s;
}
%PrepareFunctionForOptimization(shrinking);
shrinking([1, 2, 3]); shrinking([1, 2, 3, 4]);
%OptimizeFunctionOnNextCall(shrinking);
console.log(shrinking([10, 20, 30, 40, 50]), optimized(shrinking));
// expect: 100 true

// A store between the length read and the load (here: the length itself) keeps the check.
function cut(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    if (i === 2) a.length = 3;
    const v = a[i];
    s += v === undefined ? 1000 : v;
  }
  return s;
}
%PrepareFunctionForOptimization(cut);
cut([1, 2, 3, 4]); cut([5, 6, 7, 8, 9]);
%OptimizeFunctionOnNextCall(cut);
console.log(cut([1, 2, 3, 4, 5, 6]), cut([1]));
// expect: 6 1

// A mask of a counter is never negative either.
function masked(a, n) {
  let s = 0;
  for (let i = 0; i < n; i++) { const j = i & 3; if (j < a.length) s += a[j]; }
  return s;
}
%PrepareFunctionForOptimization(masked);
masked([0.5, 1.5, 2.5, 3.5], 8); masked([1.5, 2.5], 4);
%OptimizeFunctionOnNextCall(masked);
console.log(masked([0.5, 1.5, 2.5, 3.5], 10), masked([0.25], 5), optimized(masked));
// expect: 18 0.5 true
