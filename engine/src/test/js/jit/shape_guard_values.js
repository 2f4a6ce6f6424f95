// Property accesses that tier 2 turns into shape guards and slot accesses, exercised hot with
// receivers that change under them: every mode must print what the interpreter prints.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
function sumLen(vs) { let s = 0; for (let i = 0; i < vs.length; i++) s += vs[i].len2(); return s; }
const vs = [];
for (let i = 0; i < 50; i++) vs.push(new Vec(i, i + 1));
let total = 0;
for (let r = 0; r < 300; r++) total += sumLen(vs);
console.log("monomorphic", total);

// Up to four layouts at one site, then many (the cache goes megamorphic), with the field at
// different slots.
function getZ(o) { return o.z; }
const layouts = [{z: 1}, {a: 0, z: 2}, {a: 0, b: 0, z: 3}, {b: 0, z: 4}, {c: 0, z: 5}, {d: 0, z: 6}, {e: 0, f: 0, z: 7}];
let zs = 0;
for (let r = 0; r < 3000; r++) zs += getZ(layouts[r % (r < 1500 ? 2 : r < 2500 ? 4 : 7)]);
console.log("polymorphic", zs);

// Stores: existing fields, adding fields (transitions), frozen and non-extensible objects, setters.
function setW(o, v) { o.w = v; return o; }
let made = [];
for (let r = 0; r < 2000; r++) made.push(setW(r % 3 === 0 ? {w: 0} : {}, r));
console.log("stores", made.slice(-4).map(o => JSON.stringify(o)).join(" "));
const frozen = Object.freeze({w: 1}), sealed = Object.preventExtensions({});
let seen = "";
const withSetter = { set w(v) { seen += v; } };
for (let r = 0; r < 2000; r++) { setW({}, r); setW({w: 1}, r); }
setW(frozen, 5); setW(sealed, 6); setW(withSetter, "s");
console.log("guarded", frozen.w, sealed.w, seen, Object.keys(sealed).length);

// Prototype chains that change: shadowing, deleting, replacing the prototype.
const base = { kind() { return "base"; } };
const mid = Object.create(base);
function kindOf(o) { return o.kind(); }
const leaf = Object.create(mid);
let kinds = [];
for (let r = 0; r < 6000; r++) {
  if (r === 2000) mid.kind = function () { return "mid"; };
  if (r === 3000) delete mid.kind;
  if (r === 4000) Object.setPrototypeOf(leaf, { kind() { return "other"; } });
  if (r === 5000) leaf.kind = () => "own";
  if (r % 1000 === 999) kinds.push(kindOf(leaf));
  else kindOf(leaf);
}
console.log("chains", kinds.join(" "));

// Missing properties, then present.
function colorOf(o) { return o.color; }
const plain = {x: 1};
let colors = [];
for (let r = 0; r < 3000; r++) {
  if (r === 1500) Object.prototype.color = "red";
  if (r % 1000 === 0) colors.push(String(colorOf(plain)));
  else colorOf(plain);
}
delete Object.prototype.color;
console.log("missing", colors.join(" "), String(colorOf(plain)));

// Exceptions inside guarded code and a receiver that is not an object.
function lengthOf(o) { return o.n; }
let errors = 0;
for (let r = 0; r < 3000; r++) {
  try { lengthOf(r === 2999 ? null : {n: r}); } catch (e) { errors++; console.log(e instanceof TypeError); }
}
console.log("errors", errors, lengthOf("str"), lengthOf(5));
// expect: monomorphic 25005000
// expect: polymorphic 6747
// expect: stores {"w":1996} {"w":1997} {"w":1998} {"w":1999}
// expect: guarded 1 undefined s 0
// expect: chains base base mid base other own
// expect: missing undefined undefined red undefined
// expect: true
// expect: errors 1 undefined undefined
