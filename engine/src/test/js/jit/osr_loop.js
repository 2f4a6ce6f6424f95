// flags: --allow-natives-syntax --tier-policy=fixed --tier-up-ticks=100
// skip-variants: interp, stress_resume, no_ic (tier 1 is off under --jitless)
// skip-variants: always_opt, stress_deopt (under --always-opt functions go to tier 2, which has no OSR yet)
// A long loop in a single call moves to tier 1 at its loop header (on-stack replacement), with every
// variable it had: counters, accumulators of every type, closures over the loop's bindings.
const TOP_BASELINE = 1 << 17;
function longLoop(n) {
  let sum = 0, text = "", firstBaselineAt = -1;
  const fns = [];
  for (let i = 0; i < n; i++) {
    sum += i;
    if (i % 100 === 0) text += i;
    if (i % 250 === 0) fns.push(() => i);
    if (firstBaselineAt < 0 && (%GetOptimizationStatus(longLoop) & TOP_BASELINE) !== 0) firstBaselineAt = i;
  }
  return [sum, text.length, fns.map(f => f()).join(","), firstBaselineAt >= 0 && firstBaselineAt <= 200];
}
console.log(longLoop(1000).join(" "));

// Nested loops, a loop in a generator and a loop inside try/finally also continue after OSR.
function nested() {
  let count = 0;
  for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) if ((i ^ j) & 1) count++;
  return count;
}
console.log(nested());
function* gen() { let t = 0; for (let i = 0; i < 500; i++) { t += i; if (i % 100 === 99) yield t; } }
console.log([...gen()].join(","));
function guarded() {
  let log = [];
  try { for (let i = 0; i < 400; i++) { if (i === 399) throw new Error("at " + i); } }
  catch (e) { log.push(e.message); }
  finally { log.push("finally"); }
  return log.join(" ");
}
console.log(guarded());
// expect: 499500 28 0,250,500,750 true
// expect: 450
// expect: 4950,19900,44850,79800,124750
// expect: at 399 finally
