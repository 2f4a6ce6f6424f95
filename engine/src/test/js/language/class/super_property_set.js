// super.x = v assigns to this (the receiver), not to the prototype.
class A { }
A.prototype.x = "proto";
class B extends A { setX(v) { super.x = v; return [this.x, A.prototype.x, this.hasOwnProperty("x")].join(); } }
console.log(new B().setX("own")); // expect: own,proto,true
var base = { get y() { return "base y"; } };
var obj = { __proto__: base, read() { return super.y; }, y: "own y" };
console.log(obj.read(), obj.y); // expect: base y own y
