// Frame states hold int32, float64 and boolean values unboxed; the exit boxes them. After a
// deoptimization the interpreter must see the same numbers (-0 stays -0, NaN stays NaN, an int32
// past any cache is still that int32) and booleans.
function mix(n, last) {
  let i32 = 100000, f64 = -0, nan = NaN, flag = false, big = 2147483000;
  for (let i = 0; i < n; i++) { i32 += 3; f64 = f64 * 1; flag = !flag; big += 1; nan = nan + 1; }
  const tail = last.v + 1;          // last.v turns from an int into a string: deoptimizes here
  return [i32, Object.is(f64, -0), Number.isNaN(nan), flag, big, tail].join(" ");
}
let r;
for (let k = 0; k < 3000; k++) r = mix(7, { v: k });
console.log("warm", r);
console.log("deopt", mix(9, { v: "s" }), mix(2, { v: 1.5 }));
// expect: warm 100021 true true true 2147483007 3000
// expect: deopt 100027 true true true 2147483009 s1 100006 true true false 2147483002 2.5
