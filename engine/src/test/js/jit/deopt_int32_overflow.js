// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: stress_deopt (random deoptimizations come before the guard this test counts)
// skip-variants: always_opt (there the deoptimized loop re-enters tier 2 at its next back edge, so the status after the deopt differs)
// skip-variants: eager_tiers (there too: tier 2 comes back within twenty ticks of the deopt)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// An int32 sum optimized on int32 feedback overflows: the guard deoptimizes once, the interpreter
// finishes the call with the exact result, and the function, optimized again with the overflow in its
// feedback, never deoptimizes again.
const OPTIMIZED = 16;
function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = s + i; return s; }
%PrepareFunctionForOptimization(sum);
sum(100); sum(100);
%OptimizeFunctionOnNextCall(sum);
console.log(sum(100), (%GetOptimizationStatus(sum) & OPTIMIZED) !== 0, %DeoptCount(sum));
console.log(sum(70000), %DeoptCount(sum), (%GetOptimizationStatus(sum) & OPTIMIZED) !== 0);
%OptimizeFunctionOnNextCall(sum);
console.log(sum(70000), sum(80000), sum(5), %DeoptCount(sum), (%GetOptimizationStatus(sum) & OPTIMIZED) !== 0);

// A guard on an operand's type: a string where ints were seen deoptimizes and gives the right answer.
function twice(x) { return x + x; }
%PrepareFunctionForOptimization(twice);
twice(1); twice(2);
%OptimizeFunctionOnNextCall(twice);
console.log(twice(21), twice("ab"), twice(1.5), %DeoptCount(twice));
// expect: 4950 true 0
// expect: 2449965000 1 false
// expect: 2449965000 3199960000 10 1 true
// expect: 42 abab 3 1
