// Calling a class constructor without new throws TypeError.
class A {}
try { A(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { A.call({}); } catch (e) { console.log(e.name); } // expect: TypeError
console.log(typeof Reflect.construct(A, []), new A() instanceof A); // expect: object true
