// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: stress_deopt, eager_stress_deopt (random deoptimizations change the statuses this test prints)
// skip-variants: always_opt (functions are optimized there from their third call, before the store has seen its eight shapes: it deoptimizes until it stays unoptimized)
// Instructions tier 2 lowers to effects with no value of their own leave the accumulator as it was:
// an array literal's element pushes, a store through the megamorphic stub cache. The frame states
// of the next instructions name that accumulator, and code that may deoptimize right after them
// compiles (a frame state naming a node with no value is refused) and rebuilds the interpreter's
// frame with it.
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
// A store at a site that has seen many shapes, its value then read from the accumulator.
const shapes = [];
for (let i = 0; i < 8; i++) { const o = { ["k" + i]: i }; o.count = 0; shapes.push(o); }
function bump(o, v) { const r = (o.count = v) + 1; return r + (o.count === v ? 0 : 100); }
%PrepareFunctionForOptimization(bump);
for (let i = 0; i < 40; i++) bump(shapes[i % 8], i);
%OptimizeFunctionOnNextCall(bump);
console.log(bump(shapes[3], 41), bump(shapes[5], 7), shapes[3].count, optimized(bump));
// expect: 5,6, 5 4 false true
// expect: 3,7 3,s true
// expect: 42 8 41 true
