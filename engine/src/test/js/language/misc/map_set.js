// Map and Set: SameValueZero keys, insertion order, size, deletion during iteration.
var m = new Map();
m.set(NaN, "nan").set(0, "zero").set("0", "string zero").set(-0, "neg zero");
console.log(m.get(NaN), m.get(0), m.get("0"), m.size); // expect: nan neg zero string zero 3
var k = {};
m.set(k, "obj");
console.log(m.get(k), m.get({}), m.has(k)); // expect: obj undefined true
m.delete(0);
console.log([...m.keys()].map(String).join()); // expect: NaN,0,[object Object]
var s = new Set([1, 2, 3]);
var seen = [];
for (var v of s) { seen.push(v); if (v === 1) { s.delete(2); s.add(4); } }
console.log(seen.join(), s.size); // expect: 1,3,4 3
var w = new WeakMap(); var key = {};
w.set(key, 1);
console.log(w.get(key), w.has({})); // expect: 1 false
try { w.set(1, 1); } catch (e) { console.log(e instanceof TypeError); } // expect: true
var entries = []; new Map([["a", 1]]).forEach((val, key2, map) => entries.push(key2 + val + map.size));
console.log(entries.join()); // expect: a11
