// `#x in obj` checks for the private brand without throwing.
class C {
  #x;
  #m() {}
  static isC(o) { return #x in o; }
  static hasM(o) { return #m in o; }
}
class D extends C {}
console.log(C.isC(new C()), C.isC(new D()), C.isC({}), C.hasM(new C())); // expect: true true false true
console.log(C.isC(Object.create(C.prototype))); // expect: false
