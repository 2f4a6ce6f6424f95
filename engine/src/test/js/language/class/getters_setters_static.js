// Class getters/setters and static members (including inheritance of statics).
class Temp {
  static #count = 0;
  static scale = "C";
  constructor(c) { this._c = c; Temp.#count++; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
  static count() { return Temp.#count; }
  static get description() { return "Temp in " + this.scale; }
}
var t = new Temp(100);
console.log(t.f); // expect: 212
t.f = 32;
console.log(t._c); // expect: 0
new Temp(1);
console.log(Temp.count(), Temp.description); // expect: 2 Temp in C
class Sub extends Temp { static scale = "K"; }
console.log(Sub.description, Object.getPrototypeOf(Sub) === Temp); // expect: Temp in K true
console.log("f" in t, t.hasOwnProperty("f")); // expect: true false
