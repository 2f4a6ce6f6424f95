// Computed method names, symbol methods and generator methods in classes.
var prefix = "get";
class C {
  [prefix + "One"]() { return 1; }
  static [`${prefix}Two`]() { return 2; }
  *[Symbol.iterator]() { yield 1; yield 2; }
  ["constructor"]() { return "not ctor"; }
}
console.log(new C().getOne(), C.getTwo(), [...new C()].join()); // expect: 1 2 1,2
console.log(C.prototype.hasOwnProperty("getOne")); // expect: true
