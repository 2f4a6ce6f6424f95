// Map get/set/has and Set add/has called from optimized code run their fast paths; any receiver
// they decline (a Set where a Map was, a WeakMap, a plain object) goes back to the builtin, which
// throws its TypeError; a method replaced on the prototype is called instead.
function count(words) {
  const m = new Map();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    m.set(w, (m.has(w) ? m.get(w) : 0) + 1);
  }
  return m;
}
const words = [];
for (let i = 0; i < 3000; i++) words.push("w" + (i % 7));
let counts;
for (let r = 0; r < 20; r++) counts = count(words);
console.log(counts.size, counts.get("w0"), counts.get("w6"), counts.get("nope"));

// SameValueZero keys: -0 and +0, NaN, 1 and 1.0, a string built at run time.
function keys(m) {
  m.set(-0, "zero"); m.set(NaN, "nan"); m.set(1, "one"); m.set("a" + "b".repeat(2), "abb");
  return [m.get(0), m.get(+0), m.has(-0), m.get(NaN), m.get(1.0), m.get("abb"), [...m.keys()].map(String).join()].join(" ");
}
for (let r = 0; r < 30; r++) keys(new Map());
console.log(keys(new Map()));

function unique(values) {
  const s = new Set();
  for (let i = 0; i < values.length; i++) s.add(values[i]);
  let hits = 0;
  for (let i = 0; i < 10; i++) if (s.has(i)) hits++;
  return s.size + ":" + hits;
}
const values = [];
for (let i = 0; i < 500; i++) values.push(i % 13);
for (let r = 0; r < 30; r++) unique(values);
console.log(unique(values), unique([-0, 0, NaN, NaN, "x", "x"]));

// A receiver the fast path declines: the builtin's TypeError, with its message.
function getFrom(m, k) { return m.get(k); }
const big = new Map([[1, "a"], [2, "b"]]);
for (let r = 0; r < 200; r++) getFrom(big, r % 3);
const setWithMapGet = new Set([1]), weakWithMapGet = new WeakMap();
setWithMapGet.get = weakWithMapGet.get = Map.prototype.get;
for (const bad of [setWithMapGet, weakWithMapGet, { get: Map.prototype.get }]) {
  try { getFrom(bad, 1); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
}
console.log(getFrom(big, 2), getFrom(new (class extends Map {})([[2, "sub"]]), 2));
// The same method on a map and on an object that is not one, from one site: the fast path declines the object.
function getLoose(m, k) { try { return m.get(k); } catch (e) { return e.constructor.name; } }
const mapLike = { get: Map.prototype.get }, tally = {};
for (let r = 0; r < 300; r++) { const v = getLoose(r % 10 === 9 ? mapLike : big, 1); tally[v] = (tally[v] || 0) + 1; }
console.log(JSON.stringify(tally));
function addTo(s, v) { return s.add(v); }
const target = new Set();
for (let r = 0; r < 200; r++) addTo(target, r % 5);
try { addTo(Object.assign(new Map(), { add: Set.prototype.add }), 1); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(addTo(target, 9) === target, target.size);

// Replaced on the prototype after the code was optimized: the new method runs.
const originalHas = Set.prototype.has;
Set.prototype.has = function (v) { return "patched " + v; };
console.log(unique([1, 2]));
Set.prototype.has = originalHas;
console.log(unique([1, 2]));
// expect: 7 429 428 undefined
// expect: zero zero true nan one abb 0,NaN,1,abb
// expect: 13:10 3:1
// expect: TypeError: Method Map.prototype.get called on incompatible receiver #<Set>
// expect: TypeError: Method Map.prototype.get called on incompatible receiver #<WeakMap>
// expect: TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
// expect: b sub
// expect: {"a":270,"TypeError":30}
// expect: TypeError: Method Set.prototype.add called on incompatible receiver #<Map>
// expect: true 6
// expect: 2:10
// expect: 2:2
