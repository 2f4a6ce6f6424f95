// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt sites without feedback stay generic instead)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// A path the interpreter never took ends in a deoptimization, and nothing after it is compiled: the
// values that only merged from it are the other path's. Taking it leaves for the interpreter, which
// finishes with the same values, and what happened before it happens once.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

const log = [];
function acc(a) {
  let s = 0, t = 1;
  for (let i = 0; i < a.length; i++) {
    log.push(i);
    if (a[i] < 0) { t = t * 2 + a[i]; s -= 1; }
    else s += a[i];
  }
  return s * 10 + t;
}
%PrepareFunctionForOptimization(acc);
acc([1, 2, 3]); acc([4, 5]);
%OptimizeFunctionOnNextCall(acc);
console.log(acc([1, 2, 3, 4]), optimized(acc));
log.length = 0;
console.log(acc([5, -1, 7, -2]), optimized(acc), %DeoptCount(acc), log.join());
// expect: 101 true
// expect: 100 false 0 0,1,2,3

// Optimized again, both paths are compiled and run.
%OptimizeFunctionOnNextCall(acc);
console.log(acc([5, -1, 7, -2]), acc([2, 2]), optimized(acc));
// expect: 100 41 true

// A cold path that returns: the function's other returns stay.
function classify(x) {
  if (typeof x === "string") return "text:" + x.length;
  return x > 0 ? "positive" : "other";
}
%PrepareFunctionForOptimization(classify);
classify(1); classify(-1);
%OptimizeFunctionOnNextCall(classify);
console.log(classify(3), classify(0), optimized(classify));
console.log(classify("abc"), optimized(classify));
// expect: positive other true
// expect: text:3 false
