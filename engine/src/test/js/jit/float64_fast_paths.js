// Arithmetic on numbers that are not all int32 runs on unboxed doubles in optimized code: NaN, -0,
// infinities, int-valued results and comparisons must come out exactly as in every other tier.
function calc(a, b) {
  const r = [a + b, a - b, a * b, a / b, a < b, a > b, a <= b, a >= b];
  let x = a; x++; r.push(x); let y = b; y--; r.push(y);
  if (a < b) r.push("lt"); else r.push("not lt");
  return r.map(v => Object.is(v, -0) ? "-0" : String(v)).join(",");
}
const inputs = [[1.5, 2], [0.5, 0.5], [-0, 0], [0, -0], [1, 0], [-1, 0], [0, 0], [NaN, 1], [1, NaN],
  [Infinity, -Infinity], [1e308, 1e308], [2147483647, 1], [-2147483648, -1], [0.1, 0.2], [3, 1.5],
  ["2", 1.5], [1.5, null], [undefined, 2.5], [{valueOf() { return 2.5; }}, 1]];
for (let round = 0; round < 4; round++) {
  for (const [a, b] of inputs) {
    const line = calc(a, b);
    if (round === 3) console.log(line);
  }
}
// A float loop whose accumulator is read after the loop, and a loop counter that becomes a double.
function series(n) { let s = 0, k = 1; for (let i = 0; i < n; i++) { s += 1 / k; k *= 2; } return s; }
function grow(n) { let v = 1; for (let i = 0; i < n; i++) v = v * 1.5; return v; }
for (let i = 0; i < 5; i++) { series(20); grow(10); }
console.log(series(30), series(60), grow(3), grow(100));
