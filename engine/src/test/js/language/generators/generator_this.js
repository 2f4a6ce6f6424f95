// `this` inside generator methods and functions is bound at call time and stays fixed across yields.
var obj = {
  name: "obj",
  *gen() { yield this.name; yield this === obj; }
};
console.log([...obj.gen()].join()); // expect: obj,true
var other = { name: "other" };
console.log(obj.gen.call(other).next().value); // expect: other
var it = obj.gen();
var detached = obj.gen;
console.log(it.next().value); // expect: obj
obj.name = "renamed";
console.log(it.next().value); // expect: true
function* sloppy() { yield typeof this; }
function* strictGen() { "use strict"; yield this; }
console.log(sloppy().next().value, strictGen().next().value); // expect: object undefined
class C {
  constructor(v) { this.v = v; }
  *vals() { yield this.v; var inner = () => this.v * 2; yield inner(); }
}
console.log([...new C(21).vals()].join()); // expect: 21,42
var bound = obj.gen.bind({ name: "bound" });
console.log(bound().next().value); // expect: bound
console.log(detached.call({ name: "call" }).next().value); // expect: call
