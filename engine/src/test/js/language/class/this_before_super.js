// Using this before super() in a derived constructor throws ReferenceError; so does not calling super.
class A { constructor() { this.a = 1; } }
class B extends A { constructor() { try { this.x = 1; } catch (e) { console.log(e instanceof ReferenceError); } super(); } }
new B(); // expect: true
class C extends A { constructor() {} }
try { new C(); } catch (e) { console.log(e.name); } // expect: ReferenceError
class D extends A { constructor() { super(); try { super(); } catch (e) { console.log("twice", e.name); } } }
new D(); // expect: twice ReferenceError
class E extends A { constructor() { return { custom: true }; } }
console.log(new E().custom); // expect: true
class F extends A { constructor() { return 1; } }
try { new F(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
