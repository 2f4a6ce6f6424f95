// Getters on the prototype chain run with the original receiver as this.
var proto = { get full() { return this.first + " " + this.last; } };
var p = Object.create(proto); p.first = "Ada"; p.last = "Lovelace";
console.log(p.full); // expect: Ada Lovelace
class Shape { get area() { return this.w * this.h; } }
class Sq extends Shape { constructor(s) { super(); this.w = this.h = s; } }
console.log(new Sq(3).area); // expect: 9
console.log(Reflect.get(proto, "full", { first: "A", last: "B" })); // expect: A B
