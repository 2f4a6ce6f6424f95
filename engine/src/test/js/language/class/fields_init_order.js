// Field initializers run in order, see this, and run after super() in derived classes.
var log = [];
class Base {
  a = (log.push("base field a"), 1);
  constructor() { log.push("base ctor, b=" + this.b); }
}
class Derived extends Base {
  b = (log.push("derived field b"), this.a + 1);
  c = this.b * 10;
  constructor() { log.push("derived ctor start"); super(); log.push("derived ctor end c=" + this.c); }
}
new Derived();
console.log(log.join(" | ")); // expect: derived ctor start | base field a | base ctor, b=undefined | derived field b | derived ctor end c=20
class F { x; y = this.x; ["comp" + 1] = 5; static s = this.name + "!"; }
var f = new F();
console.log(f.x, f.y, f.comp1, F.s, Object.keys(f).join()); // expect: undefined undefined 5 F! x,y,comp1
class Arrow { v = 1; get = () => this.v; }
var a = new Arrow(), g = a.get;
console.log(g()); // expect: 1
var n = 0;
class Counter { id = ++n; }
new Counter(); new Counter();
console.log(new Counter().id); // expect: 3
