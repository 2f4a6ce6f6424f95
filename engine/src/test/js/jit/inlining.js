// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: stress_deopt (random deoptimizations come before the guard this test counts)
// skip-variants: always_opt (there the callees are optimized on their own first, and the counts differ)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// Small functions a site always calls are inlined into optimized code. A guard failing three inlined
// frames deep rebuilds all three interpreter frames, with their locals, and the program goes on as if
// nothing had been compiled: the stack a getter then sees is a, b, c.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;
function c(o, k) { const local = k * 2; return o.v + local; }
function b(o, k) { const mid = k + 1; return c(o, mid) + mid; }
function a(o, k) { const top = k + 100; return b(o, top) + top; }
for (const f of [a, b, c]) %PrepareFunctionForOptimization(f);
for (let i = 0; i < 3; i++) a({ v: 1 }, i);
%OptimizeFunctionOnNextCall(a);
console.log(a({ v: 1 }, 1), optimized(a), %DeoptCount(a));
let stack = "";
const odd = { get v() { stack = new Error().stack.split("\n").slice(1, 5).map(l => l.trim().split(" ")[1]).join(" < "); return 5; } };
console.log(a(odd, 1), optimized(a), %DeoptCount(a));
console.log(stack);

// Inlined methods: this, arguments of every kind, a callee that is not always the same one.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  dot(o) { return this.x * o.x + this.y * o.y; }
  len2() { return this.dot(this); }
}
function total(vs) { let s = 0; for (let i = 0; i < vs.length; i++) s += vs[i].len2(); return s; }
const vs = [new Vec(1, 2), new Vec(3, 4), new Vec(0.5, 1.5)];
%PrepareFunctionForOptimization(total);
total(vs); total(vs);
%OptimizeFunctionOnNextCall(total);
console.log(total(vs), optimized(total));
function apply(f, x) { return f(x); }
%PrepareFunctionForOptimization(apply);
apply(x => x + 1, 1); apply(x => x + 1, 2);
%OptimizeFunctionOnNextCall(apply);
console.log(apply(x => x + 1, 41), apply(x => x * 2, 21), apply(Math.abs, -5));
function sloppy() { return typeof this; }
function callSloppy() { return sloppy(); }
%PrepareFunctionForOptimization(callSloppy);
callSloppy(); callSloppy();
%OptimizeFunctionOnNextCall(callSloppy);
console.log(callSloppy(), optimized(callSloppy));
// expect: 408 true 0
// expect: 412 false 1
// expect: get < c < b < a
// expect: 32.5 true
// expect: 42 42 5
// expect: object true
