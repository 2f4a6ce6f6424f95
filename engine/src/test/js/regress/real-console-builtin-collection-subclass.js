// console.log of Map/Set/Promise/WeakMap/RegExp values: node prefixes instances
// of user subclasses with the subclass name and the builtin in brackets
// ("DM(1) [Map] {...}", "D [Promise] {...}", "R /a/g") and lists extra own
// enumerable properties after the entries ("Set(1) { 1, tag: 'x' }").
// Piste prints the plain builtin name and drops the extra properties.
class DM extends Map {}
class TS extends Set { constructor(it) { super(it); this.type = 'n'; } }
class D extends Promise {}
const m = new Map([[1, 2]]); m.extra = true;
const s = new Set([1]); s.tag = 'x';
console.log(new DM([['a', 1]]));
console.log(new TS([1, 2]));
console.log(D.resolve(5));
console.log(m, s);
console.log(new (class R extends RegExp {})('a', 'g'));
const p = Promise.resolve(1); p.meta = 2; console.log(p);
class WM extends WeakMap {} console.log(new WM());
// expect: DM(1) [Map] { 'a' => 1 }
// expect: TS(2) [Set] { 1, 2, type: 'n' }
// expect: D [Promise] { 5 }
// expect: Map(1) { 1 => 2, extra: true } Set(1) { 1, tag: 'x' }
// expect: R /a/g
// expect: Promise { 1, meta: 2 }
// expect: WM [WeakMap] { <items unknown> }
