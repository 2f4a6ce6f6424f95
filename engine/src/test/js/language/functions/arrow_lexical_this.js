// Arrow functions capture this, arguments and new.target lexically and cannot be constructed.
var obj = {
  v: 42,
  m() { return [1].map(() => this.v)[0]; },
  args() { return (() => arguments.length)(); },
  nested() { return () => () => this.v; }
};
console.log(obj.m(), obj.args(1, 2, 3), obj.nested()()()); // expect: 42 3 42
var arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(arrow.prototype); // expect: undefined
var bound = { v: 1, f: () => typeof this }.f.call({ v: 2 });
console.log(bound); // expect: object
function Outer() { this.get = () => new.target === Outer; }
console.log(new Outer().get()); // expect: true
var add = (a, b = 2) => a + b;
console.log(add(1), add(1, 5)); // expect: 3 6
var obj2 = () => ({ x: 1 });
console.log(obj2().x); // expect: 1
