// Overriding only a getter in a subclass hides the inherited setter pairing.
class A { get v() { return "A"; } set v(x) { this.setA = x; } }
class B extends A { get v() { return "B+" + super.v; } }
var b = new B();
console.log(b.v); // expect: B+A
b.v = 1;
console.log(b.setA, Object.keys(b).length); // expect: undefined 0
class C extends A { set v(x) { super.v = x; } }
var c = new C();
c.v = 5;
console.log(c.setA, c.v); // expect: 5 undefined
