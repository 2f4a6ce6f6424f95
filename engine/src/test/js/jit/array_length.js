// Array lengths read in optimized code as int32 (under a shape guard), then arrays that grow, shrink,
// are replaced, or stop being arrays.
function total(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
const xs = [1, 2, 3, 4, 5];
let t = 0;
for (let r = 0; r < 3000; r++) t += total(xs);
xs.push(6); xs.length = 8; xs[7] = 1;
console.log(t, total(xs), total([]), total([0.5, 1.5]), total({ length: 2, 0: 4, 1: 5 }), total("12"));
const big = [];
big.length = 4294967295;
function len(a) { return a.length; }
for (let r = 0; r < 3000; r++) len(xs);
console.log(len(big), len(xs), len([1, , 3]), len("abc"), len({ length: "x" }));
// expect: 45000 NaN 0 2 9 012
// expect: 4294967295 8 3 3 x
