// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: stress_deopt, eager_stress_deopt (random deoptimizations change the statuses this test prints)
// An array literal's element pushes leave the accumulator as it was: the frame states of the next
// instructions name it, and code that may deoptimize right after the literal (making an object,
// calling) compiles and rebuilds the interpreter's frame with it.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;
function pair(a, b) { const arr = [a, b, , { y: a }]; return { items: arr, n: arr.length }; }
%PrepareFunctionForOptimization(pair);
pair(1, 2); pair(3, 4);
%OptimizeFunctionOnNextCall(pair);
const r = pair(5, 6);
console.log(r.items.slice(0, 3).join(), r.items[3].y, r.n, 2 in r.items, optimized(pair));
function holes(x) { const arr = [x, , [x]]; return [arr.length, String(arr[2])]; }
%PrepareFunctionForOptimization(holes);
holes(1); holes(2);
%OptimizeFunctionOnNextCall(holes);
console.log(holes(7).join(), holes("s").join(), optimized(holes));
// expect: 5,6, 5 4 false true
// expect: 3,7 3,s true
