// Class bodies are always strict mode code.
class C {
  m() { return this; }
  assignUndeclared() { try { undeclaredInClass = 1; } catch (e) { return e.name; } }
}
var m = new C().m;
console.log(m()); // expect: undefined
console.log(new C().assignUndeclared(), typeof undeclaredInClass); // expect: ReferenceError undefined
