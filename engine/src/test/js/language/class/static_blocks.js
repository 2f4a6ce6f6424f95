// Static initialization blocks run once at class definition in order with static fields.
var log = [];
class C {
  static a = (log.push("a"), 1);
  static { log.push("block1 a=" + this.a); this.b = this.a + 1; }
  static c = (log.push("c"), this.b * 10);
  static { log.push("block2 c=" + C.c); }
  static #priv = 7;
  static { log.push("priv=" + C.#priv); }
}
console.log(log.join(",")); // expect: a,block1 a=1,c,block2 c=20,priv=7
var getter;
class D { #v = 3; static { getter = d => d.#v; } }
console.log(getter(new D())); // expect: 3
