// Named loads and stores that have seen many shapes (megamorphic) read and write data properties
// through the realm's stub cache, without the generic path, so that a function with them can be
// inlined. Anything else (a getter, a setter, a primitive, a proxy, a dictionary-mode object, an
// added or read-only property) deoptimizes, and the interpreter makes the access exactly once.
function make(i) { const o = {}; o["k" + (i % 12)] = i; o.x = i; o.y = -i; return o; }
const objs = [];
for (let i = 0; i < 48; i++) objs.push(make(i));
function getX(o) { return o.x; }
function setY(o, v) { o.y = v; }
function sumX(list) { let s = 0; for (let i = 0; i < list.length; i++) s += getX(list[i]); return s; }
function fillY(list, v) { for (let i = 0; i < list.length; i++) setY(list[i], v + i); }
let s = 0;
for (let r = 0; r < 300; r++) { s += sumX(objs); fillY(objs, r); }
console.log(s, objs[5].y, objs[47].y);

// Other cases, through the same (optimized, inlined) sites.
let getterCalls = 0, setterCalls = 0;
const withGetter = { get x() { getterCalls++; return 1000; } };
const withSetter = { x: 1, set y(v) { setterCalls++; this.seen = v; } };
const frozen = Object.freeze({ x: 5, y: 6 });
const proxy = new Proxy({ x: 7, y: 8 }, { get(t, k) { return k === "x" ? 70 : t[k]; }, set(t, k, v) { t[k] = v * 2; return true; } });
const dictionary = { x: 9, y: 10, z: 11 };
delete dictionary.z;
const inherits = Object.create({ x: 12 });
const arrayLike = [1, 2, 3];
arrayLike.x = 13;
const odd = [withGetter, withSetter, frozen, proxy, dictionary, inherits, arrayLike, { y: 0 }];
console.log(sumX(odd.concat(objs)), getterCalls);
console.log(sumX([{}, { x: "s" }]), getX("str"), getX(42), getX(Object("boxed")));
fillY(odd, 100);
console.log(setterCalls, withSetter.seen, frozen.y, proxy.y, dictionary.y, inherits.y, arrayLike.y, odd[7].y, Object.keys(inherits).join());
try { (function () { "use strict"; for (const o of [objs[0], frozen]) o.y = 1; })(); } catch (e) { console.log(e.constructor.name); }
for (let r = 0; r < 300; r++) { s += sumX(objs); fillY(objs, r); }
console.log(s, getterCalls, setterCalls);
