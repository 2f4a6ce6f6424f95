// Generator methods: object shorthand, computed names, static and instance class methods, getters of generators.
var obj = {
  *items() { yield "a"; yield "b"; },
  *["comp" + "uted"](n) { for (var i = 0; i < n; i++) yield i; },
  *[Symbol.iterator]() { yield* this.items(); }
};
console.log([...obj.items()].join(), [...obj.computed(3)].join(), [...obj].join()); // expect: a,b 0,1,2 a,b
class Range {
  constructor(lo, hi) { this.lo = lo; this.hi = hi; }
  *[Symbol.iterator]() { for (var i = this.lo; i < this.hi; i++) yield i; }
  static *of(...xs) { yield* xs; }
  *map(f) { for (var x of this) yield f(x); }
}
console.log([...new Range(2, 5)].join()); // expect: 2,3,4
console.log([...Range.of("x", "y")].join()); // expect: x,y
console.log([...new Range(0, 3).map(x => x * x)].join()); // expect: 0,1,4
class Sub extends Range { *[Symbol.iterator]() { yield "start"; yield* super[Symbol.iterator](); } }
console.log([...new Sub(0, 2)].join()); // expect: start,0,1
console.log(obj.items.name, Range.of.name, typeof obj.items.prototype); // expect: items of object
try { new obj.items(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(Object.getPrototypeOf(obj.items) === Object.getPrototypeOf(function* () {})); // expect: true
