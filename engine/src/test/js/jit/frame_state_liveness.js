// Frame states keep only the registers the interpreter may still read. A deoptimization must still
// hand it every value it reads later: across a loop, in a catch or finally block only, after a
// call, and in variables whose last read is far from the failing guard.
function acrossLoop(n, step) {
  const before = "b" + n;          // read only after the loop
  let acc = 0;
  for (let i = 0; i < n; i++) acc += step; // step turns into a double: the add's guard fails here
  return before + ":" + acc;
}
function onlyInCatch(o, bad) {
  const note = "n" + o.v;          // read only by the catch block
  let r = 0;
  try {
    r = o.v + 1;                   // o.v turns into a double: deoptimizes inside the try
    if (bad) throw new Error("x");
  } catch (e) {
    return note + "/caught/" + r;
  } finally {
    r += 100;
  }
  return note + "/" + r;
}
function afterCall(f, k) {
  const keep = k * 3;              // live across the call, read after it
  const got = f(k);
  return keep + got;
}
const id = x => x;
let out = [];
for (let r = 0; r < 12000; r++) out = [acrossLoop(5, 2), onlyInCatch({ v: r % 7 }, r % 2 === 0), afterCall(id, r)];
console.log("warm", out.join(" "));
console.log("deopt", acrossLoop(4, 0.5), onlyInCatch({ v: 1.5 }, false), onlyInCatch({ v: 2.5 }, true), afterCall(x => x + 0.25, 2));
// expect: warm b5:10 n1/102 47996
// expect: deopt b4:2 n1.5/102.5 n2.5/caught/3.5 8.25
