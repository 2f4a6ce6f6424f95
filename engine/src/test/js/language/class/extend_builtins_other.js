// Extending Map and Promise-free builtins keeps internal slots working.
class CountMap extends Map {
  inc(k) { this.set(k, (this.get(k) || 0) + 1); return this; }
}
var cm = new CountMap([["a", 5]]);
cm.inc("a").inc("b");
console.log(cm.get("a"), cm.get("b"), cm.size, cm instanceof Map); // expect: 6 1 2 true
class Upper extends String { shout() { return this.toUpperCase(); } }
var u = new Upper("hi");
console.log(u.shout(), u.length, typeof u); // expect: HI 2 object
