// A field load whose value is known (loaded or stored before, the slot not written since) reuses it;
// a store through another reference to the same object, a call, a setter or a loop iteration that
// writes the field in between makes the load read memory again.
function P(x, y) { this.x = x; this.y = y; }
function aliasing(a, b) {
  const before = a.x;
  b.x = before + 1;        // b may be a
  const after = a.x;
  b.y = 7;                 // another slot: a.x stays known
  return before + ":" + after + ":" + a.x;
}
function viaCall(a, f) { const x1 = a.x; f(a); return x1 + ":" + a.x; }
function loopWrites(a, n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s += a.x; a.x = a.x + 1; }
  return s + ":" + a.x;
}
function storeThenLoad(a, v) { a.x = v; a.y = a.x * 2; return a.y + a.x; }
function branches(a, c) {
  const x = a.x;
  if (c) a.x = 100;
  return x + a.x;
}
const bump = o => { o.x += 10; };
let r;
for (let i = 0; i < 3000; i++) {
  const p = new P(i, 0), q = new P(-1, 0);
  r = [aliasing(p, p), aliasing(p, q), viaCall(p, bump), loopWrites(new P(1, 0), 4), storeThenLoad(p, i), branches(new P(1, 0), i % 2 === 0), branches(new P(1, 0), false)].join(" ");
}
console.log(r);
// A setter on one of the objects (another shape): the store is not a field store, the load reads again.
const withSetter = { get x() { return this._x; }, set x(v) { this._x = v * 3; }, _x: 1, y: 0 };
console.log(aliasing(withSetter, withSetter), storeThenLoad(withSetter, 2));
// expect: 2999:3000:3000 3000:3000:3000 3000:3010 10:5 8997 2 2
// expect: 1:6:6 18
