// A global read that never ran (the Error of a cold error path) deoptimizes when reached, so the
// optimized code of the function stops there: small enough to inline, a leaf without a frame. When
// the error path is finally taken, the interpreter throws as it would have: same error, message and
// stack, from inlined and frameless code alike.
function checked(stack, v) {
  if (stack.length > 0 && stack[stack.length - 1] < v) throw new RangeError("bigger on top: " + v);
  stack.push(v);
  return stack.length;
}
function fill(n) { const s = []; for (let i = n; i > 0; i--) checked(s, i); return s.length; }
const others = [(s, v) => s.push(v), (s, v) => 0, checked, (s, v) => -1, (s, v) => v, (s, v) => s.length];
function viaMany(k, s, v) { return others[k](s, v); }
let total = 0;
for (let r = 0; r < 4000; r++) { total += fill(6); viaMany(r % 6, [], r); }
function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message + " at " + e.stack.split("\n")[1].trim().split(" ")[1].replace("Array.", ""); }
}
console.log(total, attempt(() => checked([1], 5)), attempt(() => viaMany(2, [3], 9)), attempt(() => fill(3)));
// expect: 24000 RangeError: bigger on top: 5 at checked RangeError: bigger on top: 9 at checked 3
