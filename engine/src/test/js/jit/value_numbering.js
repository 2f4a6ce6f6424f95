// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// The same computation twice is computed once, and a guard the same guard dominates is gone: the
// values stay right, and the one guard left still deoptimizes when its bet fails.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

function twice(a, b) {
  const p = a * b;
  let r = a * b + p;
  if (a > b) r += (a - b) * (a - b);
  else r -= (b - a) * (b - a);
  return r + (a * b);
}
%PrepareFunctionForOptimization(twice);
twice(3, 4); twice(5, 2);
%OptimizeFunctionOnNextCall(twice);
console.log(twice(6, 7), twice(9, 4), optimized(twice));
console.log(twice(70000, 80000), twice(0.5, 3));
// expect: 125 133 true
// expect: 16700000000 -1.75

// Constants that look alike stay apart: 0 and -0, 1 and "1".
function signs(x) {
  const a = x * 0, b = x * -0;
  return [1 / a, 1 / b, x + 1, x + "1", 1 / (x * 0)].join();
}
%PrepareFunctionForOptimization(signs);
signs(2); signs(3);
%OptimizeFunctionOnNextCall(signs);
console.log(signs(4), signs(-4));
// expect: Infinity,-Infinity,5,41,Infinity -Infinity,Infinity,-3,-41,-Infinity

// Doubles: the same product in both branches and after them.
function norm(x, y, big) {
  let d;
  if (big) d = Math.sqrt(x * x + y * y) * 2;
  else d = Math.sqrt(x * x + y * y);
  return d + Math.sqrt(x * x + y * y);
}
%PrepareFunctionForOptimization(norm);
norm(3.5, 4.5, true); norm(1.5, 2.5, false);
%OptimizeFunctionOnNextCall(norm);
console.log(norm(3, 4, true), norm(6, 8, false), optimized(norm));
// expect: 15 20 true
