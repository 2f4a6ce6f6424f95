// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt sites without feedback stay generic instead)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// A site optimized code reaches before the interpreter ever ran it deoptimizes: not a failed bet
// (%DeoptCount does not count it), and the next compilation speculates on what the site then saw.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;
function f(x, cold) { let r = x + 1; if (cold) r = r * x; return r; }
%PrepareFunctionForOptimization(f);
f(1, false); f(2, false);
%OptimizeFunctionOnNextCall(f);
console.log(f(3, false), optimized(f));
console.log(f(3, true), optimized(f), %DeoptCount(f));
f(4, true);
%OptimizeFunctionOnNextCall(f);
console.log(f(5, true), f(6, false), optimized(f), %DeoptCount(f));
// expect: 4 true
// expect: 12 false 0
// expect: 30 7 true 0
