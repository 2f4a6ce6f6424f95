// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_deopt (random deoptimizations leave tier 2 at any instruction)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// On-stack replacement into tier 2: a loop of one call continues in optimized code at its header
// (%PrepareFunctionForOptimization first, so that the loop's sites have feedback when it is compiled),
// with the loop's values unboxed as they were; when a value then changes type, the code deoptimizes
// and the interpreter finishes the loop with every value right.
const TOP_OPTIMIZED = 1 << 12;
const inTierTwo = f => (%GetOptimizationStatus(f) & TOP_OPTIMIZED) !== 0;

function sumTo(n) {
  // Globals read before the loop: one read first at i === 20 would deoptimize there (it never ran before).
  const probe = inTierTwo, self = sumTo;
  let s = 0, seen = false;
  for (let i = 0; i < n; i++) {
    if (i === 10) %OptimizeOsr();
    if (i === 20) seen = probe(self);
    s += i;
  }
  return [s, seen];
}
%PrepareFunctionForOptimization(sumTo);
console.log(sumTo(1000).join(" "));

// The loop's variables change type after entry: int32 -> double -> string.
function drift(n) {
  let x = 0, d = 0.5, text = 0;
  for (let i = 0; i < n; i++) {
    if (i === 3) %OptimizeOsr();
    x = x + (i < 50 ? i : 0.25);
    d = d * 2;
    if (i === 60) text = "t";
    text = text + (i % 10);
  }
  return [x, d, text.length, text.slice(0, 8), %DeoptCount(drift) >= 1];
}
%PrepareFunctionForOptimization(drift);
console.log(drift(100).join(" "));

// The inner loop of two, with a closure over the loop binding made inside it.
function nested(n) {
  const fns = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === 1 && j === 1) %OptimizeOsr();
      if ((i ^ j) & 1) count++;
      if (i === j && i % 7 === 0) fns.push(() => i * 100 + j);
    }
  }
  return [count, fns.map(f => f()).join(",")];
}
%PrepareFunctionForOptimization(nested);
console.log(nested(30).join(" "));

// Objects and shapes across the entry: the OSR code's shape guards hold for the receivers it meets.
function points(n) {
  const ps = [];
  for (let i = 0; i < 5; i++) ps.push({x: i, y: -i});
  let sx = 0, sy = 0;
  for (let k = 0; k < n; k++) {
    if (k === 2) %OptimizeOsr();
    const p = ps[k % 5];
    sx += p.x;
    sy += p.y;
    if (k === n - 2) ps[0] = {y: 100, x: 1};
  }
  return [sx, sy];
}
%PrepareFunctionForOptimization(points);
console.log(points(1000).join(" "));
// expect: 499500 true
// expect: 1237.5 6.338253001141147e+29 41 t0123456 true
// expect: 450 0,707,1414,2121,2828
// expect: 2000 -2000
