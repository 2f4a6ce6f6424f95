// flags: --allow-natives-syntax --tier-policy=fixed --tier-up-ticks=1000
// skip-variants: interp, stress_resume, no_ic (tier 1 is off under --jitless)
// skip-variants: always_baseline, always_opt, stress_deopt (every function is compiled on its first calls there)
// Below the threshold a function stays in the interpreter; past it, it moves to tier 1.
const BASELINE = 1 << 15, INTERPRETED = 1 << 7, TOP_INTERPRETED = 1 << 16;
function inc(x) { return x + 1; }
for (let i = 0; i < 10; i++) inc(i);
let s = %GetOptimizationStatus(inc);
console.log((s & INTERPRETED) !== 0, (s & BASELINE) !== 0);
function me() { return %GetOptimizationStatus(me); }
console.log((me() & TOP_INTERPRETED) !== 0);
// expect: true false
// expect: true
