// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt functions are optimized again at once, so statuses differ)
// A setter a named store always reaches on a prototype is inlined. The assignment's value is the
// value assigned, never what the setter returns — also when a guard fails inside the setter and
// the interpreter finishes it.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

class Temp {
  constructor() { this._c = 0; this.log = 0; }
  set celsius(v) { this.log++; this._c = v | 0; return 99; }
  get celsius() { return this._c; }
}
function setAll(t, n) {
  let last;
  for (let i = 0; i < n; i++) last = (t.celsius = i * 2);
  return [last, t.celsius, t.log].join();
}
%PrepareFunctionForOptimization(setAll);
const t = new Temp();
setAll(t, 3); setAll(t, 3);
%OptimizeFunctionOnNextCall(setAll);
console.log(setAll(t, 5), optimized(setAll));
// expect: 8,8,11 true

function once(t, v) { const r = (t.celsius = v); return [r, t._c, t.log].join(); }
const t2 = new Temp();
%PrepareFunctionForOptimization(once);
once(t2, 1); once(t2, 2);
%OptimizeFunctionOnNextCall(once);
console.log(once(t2, 3), optimized(once));
console.log(once(t2, "7x"), optimized(once), %DeoptCount(once));
console.log(once(t2, 2.5));
// expect: 3,3,3 true
// expect: 7x,0,4 false 1
// expect: 2.5,2,5

// Redefining the setter is seen at once.
%OptimizeFunctionOnNextCall(once);
once(t2, 1);
Object.defineProperty(Temp.prototype, "celsius", { set(v) { this._c = -v; }, configurable: true });
console.log(once(t2, 4));
// expect: 4,-4,6
