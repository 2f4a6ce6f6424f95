// int32 multiplication in optimized code: an overflow or a -0 result (0 times a negative) leaves the
// int32 path with the exact JavaScript value.
function mul(a, b) { return a * b; }
const out = [];
for (let round = 0; round < 4; round++) {
  for (const [a, b] of [[3, 4], [-3, 4], [0, 5], [0, -5], [-5, 0], [46341, 46341], [65536, 65536], [-2147483648, -1], [7, 0.5]]) {
    const r = mul(a, b);
    if (round === 3) out.push(Object.is(r, -0) ? "-0" : String(r));
  }
}
console.log(out.join(" "));
function squares(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * i) | 0; return s; }
for (let i = 0; i < 5; i++) squares(100);
console.log(squares(100), squares(50000));
// expect: 12 -12 0 -0 -0 2147488281 4294967296 2147483648 3.5
// expect: 328350 -61063496
