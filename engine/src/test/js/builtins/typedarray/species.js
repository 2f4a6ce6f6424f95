class Fancy extends Uint8Array {
  static get [Symbol.species]() { return Uint16Array; }
}
const f = new Fancy([1, 2, 3]);
const m = f.map(x => x * 1000);
console.log(m.constructor.name, m.join(), f.filter(x => x > 1).constructor.name, f.slice(1).constructor.name);
class Plain extends Int8Array {}
console.log(new Plain([1, 2]).slice(0, 1) instanceof Plain, new Plain(2).toReversed().constructor.name);
// expect: Uint16Array 1000,2000,3000 Uint16Array Uint16Array
// expect: true Int8Array
