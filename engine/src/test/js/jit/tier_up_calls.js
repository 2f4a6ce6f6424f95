// flags: --allow-natives-syntax --tier-policy=fixed --tier-up-ticks=50
// skip-variants: interp, stress_resume, no_ic (tier 1 is off under --jitless)
// skip-variants: stress_osr (calls never tier up under --stress-osr: only loops do)
// skip-variants: always_opt, stress_deopt (functions go to tier 2 there, not tier 1)
// skip-variants: eager_tiers (tier 2 comes twenty ticks after tier 1 there)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// A function called often enough runs in tier 1, and its frames say so.
const BASELINE = 1 << 15, INTERPRETED = 1 << 7, TOP_BASELINE = 1 << 17, EXECUTING = 1 << 11;

function square(x) { return x * x; }
let sum = 0;
for (let i = 0; i < 200; i++) sum += square(i);
console.log(sum);
const status = %GetOptimizationStatus(square);
console.log((status & BASELINE) !== 0, (status & INTERPRETED) !== 0, (status & EXECUTING) !== 0);

function whereAmI() { return %GetOptimizationStatus(whereAmI); }
let inside = 0;
for (let i = 0; i < 200; i++) inside = whereAmI();
console.log((inside & EXECUTING) !== 0, (inside & TOP_BASELINE) !== 0);

// %CompileBaseline compiles at once; the result is unchanged.
function fresh(a, b) { return a + b; }
%CompileBaseline(fresh);
console.log((%GetOptimizationStatus(fresh) & BASELINE) !== 0, fresh(2, 3), fresh("a", "b"));
// expect: 2646700
// expect: true false false
// expect: true true
// expect: true 5 ab
