class CountingMap extends Map {
  set(k, v) { this.writes = (this.writes || 0) + 1; return super.set(k, v); }
}
const m = new CountingMap([['a', 1], ['b', 2]]);
console.log(m.writes, m.size, m instanceof Map, m instanceof CountingMap, m.get('b'));
class TaggedSet extends Set { get tag() { return 'tagged:' + this.size; } }
const s = new TaggedSet([1, 2, 2]);
console.log(s.tag, Object.getPrototypeOf(s) === TaggedSet.prototype);
let adds = 0;
const origAdd = Set.prototype.add;
Set.prototype.add = function (v) { adds++; return origAdd.call(this, v); };
new Set([1, 2, 3]);
Set.prototype.add = origAdd;
console.log(adds);

// expect: 2 2 true true 2
// expect: tagged:2 true
// expect: 3
