// Number fields that optimized code writes in place (a float64 store into a field keeps one box per
// slot and overwrites it): every other way of reading the object must see the current number, and
// a value read before such a write must keep the number it had.
function Particle(x, v) { this.x = x; this.v = v; this.tag = "p"; }
function step(ps, dt) {
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    p.x += p.v * dt;
    p.v -= 0.5 * dt;
  }
}
const ps = [];
for (let i = 0; i < 8; i++) ps.push(new Particle(i * 0.25, 1.5 + i));
for (let r = 0; r < 3000; r++) step(ps, 0.001);

const p = ps[3];
console.log(p.x.toFixed(9), p.v.toFixed(9), typeof p.x, typeof p.v);
console.log(JSON.stringify({ x: +p.x.toFixed(6), v: +p.v.toFixed(6) }), JSON.stringify(ps[0]).length > 10);
console.log(Object.keys(p).join(), Object.values(p).map(v => typeof v).join());
const d = Object.getOwnPropertyDescriptor(p, "x");
console.log(typeof d.value, d.value === p.x, d.writable);
const spread = { ...p };
const assigned = Object.assign({}, p);
console.log(spread.x === p.x, assigned.v === p.v, `${p.x}` === String(p.x));
for (const k in p) if (typeof p[k] === "object") console.log("unexpected object at", k);
const child = Object.create(p);
console.log(child.x === p.x, "x" in child, Object.is(child.v, p.v));

// A value read before an optimized write keeps its number; a copy into another object is its own.
function snapshotAndWrite(o) {
  const before = o.x;
  o.x = o.x * 2 + 0.5;
  return before;
}
const q = new Particle(1.25, 0);
let last = 0;
for (let r = 0; r < 2000; r++) { q.x = 1.25; last = snapshotAndWrite(q); }
console.log(last, q.x);
function copyInto(a, b) { a.x = b.x * 1; b.x += 1.5; }
const a = new Particle(0.5, 0), b = new Particle(2.5, 0);
for (let r = 0; r < 2000; r++) copyInto(a, b);
console.log(a.x, b.x, a.x === b.x - 1.5);

// Integral and signed values come back as the numbers they are.
function setTo(o, v) { o.v = v + 0.0; }
const z = new Particle(0.5, 0.5);
for (let r = 0; r < 2000; r++) setTo(z, r * 0.5);
setTo(z, 4);
console.log(z.v, Object.is(z.v, 4), String(z.v), [z.v].indexOf(4), z.v === 4);
function negate(o) { o.v = -o.v; }
z.v = 0.0;
negate(z);
console.log(Object.is(z.v, -0), 1 / z.v);

// The field changes kind (a string, a getter, deletion, freezing) after optimized writes.
step(ps, 0.001);
ps[1].x = "text";
try { step(ps, 0.001); } catch (e) { console.log("unexpected", e); }
console.log(ps[1].x.slice(0, 4), typeof ps[2].x);
Object.defineProperty(ps[2], "v", { get() { return 2.25; }, configurable: true });
step(ps, 0.001);
console.log(ps[2].v, typeof ps[2].x);
delete ps[4].tag;
step(ps, 0.001);
console.log(typeof ps[4].x, ps[4].tag);
Object.freeze(ps[5]);
const frozenX = ps[5].x;
step(ps, 0.001);
console.log(ps[5].x === frozenX, Object.isFrozen(ps[5]));
console.log(ps.map(o => typeof o.x).join());
