// Arithmetic and comparisons on int32 values take inline paths in compiled code; overflow, -0,
// doubles, strings and objects take the full operation, with the same results in every tier.
function ops(a, b) {
  const r = [];
  r.push(a + b, a - b, a & b, a | b, a ^ b, a + 5);
  let i = a; i++; r.push(i); let j = a; j--; r.push(j);
  r.push(a < b, a > b, a <= b, a >= b, a === b);
  if (a < b) r.push("lt"); else r.push("not lt");
  if (!(a >= b)) r.push("not ge");
  const c = a > b;
  r.push(c ? "gt" : "not gt");
  return r.map(v => Object.is(v, -0) ? "-0" : String(v)).join(",");
}
const MAX = 2147483647, MIN = -2147483648;
const inputs = [[1, 2], [2, 1], [3, 3], [MAX, 1], [MIN, 1], [1, MIN], [MAX, MAX], [MIN, MIN], [0, 0],
  [-0, 0], [1.5, 1], [1, 2.5], ["1", 2], [2, "10"], ["a", "b"], [null, 1], [undefined, 1], [true, 1],
  [{valueOf() { return 7; }}, 3], [10n, 3n]];
for (let round = 0; round < 3; round++) {
  for (const [a, b] of inputs) {
    let line;
    try { line = ops(a, b); } catch (e) { line = e.constructor.name; }
    if (round === 2) console.log(typeof a, typeof b, line);
  }
}
// A counting loop whose bound and step cross int32 overflow.
let n = 0, k = MAX - 3;
while (k < MAX + 3) { k++; n++; }
console.log(n, k, k === MAX + 3);
