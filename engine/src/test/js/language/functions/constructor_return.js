// new: returning an object overrides the instance; primitives are ignored.
function A() { this.a = 1; return { b: 2 }; }
function B() { this.a = 1; return 5; }
function C() { this.a = 1; return null; }
console.log(new A().b, new A().a, new B().a, new C().a); // expect: 2 undefined 1 1
function D() { if (!new.target) return new D(); this.ok = true; }
console.log(D().ok, new D().ok); // expect: true true
function E() {}
console.log(Object.getPrototypeOf(new E()) === E.prototype); // expect: true
E.prototype = null;
console.log(Object.getPrototypeOf(new E()) === Object.prototype); // expect: true
console.log(new E instanceof Object); // expect: true
