// map/filter/slice/splice/concat/flat create results through Symbol.species; the to* methods do not.
class Stack extends Array { peek() { return this[this.length - 1]; } }
var s = Stack.from([1, 2, 3]);
console.log(s.map(x => x * 2) instanceof Stack, s.filter(x => x > 1).peek(), s.slice(1) instanceof Stack, s.splice(0, 1) instanceof Stack);
console.log(s.concat([9]).peek(), s.flat() instanceof Stack, s.toReversed() instanceof Stack, s.toSorted() instanceof Stack, s.with(0, 1) instanceof Stack);
class Plain extends Array { static get [Symbol.species]() { return Array; } }
var p = Plain.of(1, 2);
console.log(p.map(x => x) instanceof Plain, p.map(x => x) instanceof Array);
var odd = [1, 2];
odd.constructor = { [Symbol.species]: function (n) { this.made = n; } };
var r = odd.map(x => x + 1);
console.log(r.made, r[0], r[1], Array.isArray(r));
// expect: true 3 true true
// expect: 9 true false false false
// expect: false true
// expect: 2 2 3 false
