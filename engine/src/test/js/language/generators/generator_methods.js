// Generator methods in objects and classes, generator this and arguments.
var o = { *gen() { yield this.v; yield arguments.length; }, v: "V" };
console.log([...o.gen(1, 2, 3)].join()); // expect: V,3
class Coll { constructor() { this.items = ["p", "q"]; } *[Symbol.iterator]() { yield* this.items; } }
console.log([...new Coll()].join()); // expect: p,q
function* g() {}
try { new g(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
var G = Object.getPrototypeOf(g);
console.log(typeof G, g() instanceof g); // expect: object true
