// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt functions are optimized again at once, so statuses differ)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// Every failed bet is written into the feedback: a function whose sites fail one after the other is
// optimized again each time and ends optimized; one that keeps failing at the same site stays
// unoptimized after its third deopt there.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;
function make(k) { const o = { a: 1, b: 2, c: 3, d: 4 }; o["x" + k] = k; return o; }
const base = make(0);

function four(p, q, r, s) { return p.a + q.b + r.c + s.d; }
%PrepareFunctionForOptimization(four);
four(base, base, base, base); four(base, base, base, base);
%OptimizeFunctionOnNextCall(four);
let log = [four(base, base, base, base), optimized(four)];
for (let site = 0; site < 4; site++) {
  const args = [base, base, base, base];
  args[site] = make(site + 1);
  log.push(four(...args), optimized(four));
  %OptimizeFunctionOnNextCall(four);
  log.push(four(base, base, base, base), optimized(four));
}
console.log("sites", log.join(" "), %DeoptCount(four));

function one(p) { return p.a; }
%PrepareFunctionForOptimization(one);
one(base); one(base);
%OptimizeFunctionOnNextCall(one);
log = [one(base), optimized(one)];
for (let k = 1; k <= 3; k++) {
  log.push(one(make(10 + k)), optimized(one));
  %OptimizeFunctionOnNextCall(one);
  log.push(one(base), optimized(one));
}
console.log("one site", log.join(" "), %DeoptCount(one));
// expect: sites 10 true 10 false 10 true 10 false 10 true 10 false 10 true 10 false 10 true 4
// expect: one site 1 true 1 false 1 true 1 false 1 true 1 false 1 false 3
