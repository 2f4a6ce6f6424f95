// flags: --allow-natives-syntax --no-inline
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt, eager_tiers, eager_stress_deopt (functions are optimized by themselves there, in another order than this test sets)
// Optimized code calls the code a site's callee had when it was compiled directly, and anything
// else the generic way. When a callee it could call directly gets code (or new code) after the
// caller was compiled, the caller's code is dropped without a deopt and optimized again later,
// knowing the callee's code; twice at most, so that callees whose code keeps changing cannot keep
// it recompiling (it then goes on with generic calls).
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

function callee(x) { return x + 1; }
function caller(x) { return callee(x) * 2; }
%PrepareFunctionForOptimization(caller);
%PrepareFunctionForOptimization(callee);
caller(1); caller(2);
%OptimizeFunctionOnNextCall(caller);
console.log("compiled", caller(3), optimized(caller), %DeoptCount(caller));
%OptimizeFunctionOnNextCall(callee);
console.log("callee optimized", callee(1), optimized(callee));
// The generic call reaches the callee's new code: the caller's code is dropped, not deoptimized.
console.log("dropped", caller(4), optimized(caller), %DeoptCount(caller));
%OptimizeFunctionOnNextCall(caller);
console.log("again", caller(5), optimized(caller), caller(6), optimized(caller), %DeoptCount(caller));

// A callee whose code keeps changing: dropped twice, then the caller keeps its code.
function changing(x) { return x - 1; }
function viaChanging(x) { return changing(x) + 10; }
%PrepareFunctionForOptimization(viaChanging);
%PrepareFunctionForOptimization(changing);
viaChanging(1); viaChanging(2);
const statuses = [];
for (let round = 0; round < 4; round++) {
  %OptimizeFunctionOnNextCall(viaChanging);
  viaChanging(3);
  %DeoptimizeFunction(changing);
  %OptimizeFunctionOnNextCall(changing);
  changing(0);
  statuses.push(viaChanging(round) + ":" + optimized(viaChanging));
}
console.log("changing", statuses.join(" "), %DeoptCount(viaChanging));
// expect: compiled 8 true 0
// expect: callee optimized 2 true
// expect: dropped 10 false 0
// expect: again 12 true 14 true 0
// expect: changing 9:false 10:false 11:true 12:true 0
