// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt functions are optimized again at once, so deopt counts differ)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// A getter a named load always reaches on a prototype is inlined: its body runs in the caller's code.
// Redefining the property, or a receiver of another shape, deoptimizes; a guard failing inside the
// getter rebuilds its frame (with the receiver as this) and the caller's.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  get where() { return new Error("here").stack.split("\n").slice(1, 3).map(l => l.trim().split(" ")[1]).join(","); }
}
function total(rects) {
  let s = 0;
  for (let i = 0; i < rects.length; i++) s += rects[i].area;
  return s;
}
const rects = [new Rect(1, 2), new Rect(3, 4), new Rect(5, 6)];
%PrepareFunctionForOptimization(total);
total(rects); total(rects);
%OptimizeFunctionOnNextCall(total);
console.log(total(rects), optimized(total));
// A field of another kind inside the inlined getter: its int32 guard fails there.
console.log(total([new Rect(1, 2), new Rect(0.5, 3)]), optimized(total), %DeoptCount(total));
// expect: 44 true
// expect: 3.5 false 1

// The getter's frame is there for stack traces taken inside it.
function whereOf(r) { return r.where; }
%PrepareFunctionForOptimization(whereOf);
whereOf(rects[0]); whereOf(rects[1]);
%OptimizeFunctionOnNextCall(whereOf);
console.log(whereOf(rects[2]), optimized(whereOf));
// expect: get,whereOf true

// Redefining the getter on the prototype: the optimized code must not call the old one.
function areaOf(r) { return r.area; }
%PrepareFunctionForOptimization(areaOf);
areaOf(rects[0]); areaOf(rects[1]);
%OptimizeFunctionOnNextCall(areaOf);
console.log(areaOf(rects[2]), optimized(areaOf));
Object.defineProperty(Rect.prototype, "area", { get() { return -this.w; }, configurable: true });
console.log(areaOf(rects[2]), areaOf(rects[0]));
// expect: 30 true
// expect: -5 -1

// A getter with a side effect runs once per load, also when the code deoptimizes right after it.
let reads = 0;
const proto = { get next() { reads++; return reads; } };
function twoReads(o, k) { const a = o.next; const b = a + k; return [a, b, o.next]; }
const counter = Object.create(proto);
%PrepareFunctionForOptimization(twoReads);
twoReads(counter, 1); twoReads(counter, 1);
%OptimizeFunctionOnNextCall(twoReads);
console.log(twoReads(counter, 1).join(), optimized(twoReads));
console.log(twoReads(counter, "x").join(), reads);
// expect: 5,6,6 true
// expect: 7,7x,8 8
