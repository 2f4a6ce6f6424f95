// new.target refers to the constructor invoked with new, undefined for calls.
function F() { return new.target; }
console.log(F() === undefined, new F() === F); // expect: true true
function G() { this.t = new.target; }
console.log(new G().t === G); // expect: true
class Base { constructor() { this.which = new.target.name; } }
class Derived extends Base {}
console.log(new Base().which, new Derived().which); // expect: Base Derived
class Abstract { constructor() { if (new.target === Abstract) throw new TypeError("abstract"); } }
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.message); } // expect: abstract
console.log(new Concrete() instanceof Abstract); // expect: true
function Other() {}
console.log(Reflect.construct(Base, [], Other).which, Object.getPrototypeOf(Reflect.construct(Base, [], Other)) === Other.prototype); // expect: Other true
