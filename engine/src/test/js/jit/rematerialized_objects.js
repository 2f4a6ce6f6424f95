// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt sites without feedback stay generic instead)
// An object the optimized code never makes (its fields are values: it escapes only on a path the
// interpreter never took, which ends in a deoptimization) is made when that path is taken, with the
// fields it had there, and is then an ordinary object in every way.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

class Pt {
  constructor(x, y) { this.x = x; this.y = y; }
  norm1() { return Math.abs(this.x) + Math.abs(this.y); }
}
const kept = [];
function measure(a, b, keep) {
  const p = new Pt(a, b);
  p.x = p.x * 2;
  if (keep) { kept.push(p); return -1; }
  return p.x + p.y;
}
%PrepareFunctionForOptimization(measure);
measure(1, 2, false); measure(3, 4, false);
%OptimizeFunctionOnNextCall(measure);
console.log(measure(5, 6, false), optimized(measure));
console.log(measure(7, 8, true), optimized(measure), %DeoptCount(measure));
const q = kept[0];
console.log(JSON.stringify(q), q instanceof Pt, q.constructor === Pt, %HaveSameMap(q, new Pt(0, 0)), Object.keys(q).join());
console.log(q.norm1(), Object.getPrototypeOf(q) === Pt.prototype, Object.isExtensible(q), %HasFastProperties(q));
q.z = 3; delete q.x;
console.log(JSON.stringify(q), "x" in q, kept.length);
// expect: 16 true
// expect: -1 false 0
// expect: {"x":14,"y":8} true true true x,y
// expect: 22 true true true
// expect: {"y":8,"z":3} false 1
