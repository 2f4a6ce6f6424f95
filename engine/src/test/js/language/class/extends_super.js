// extends, super() calls and super.method() including static super.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
  static create(n) { return new this(n); }
  static kind() { return "animal"; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.tricks = 0; }
  speak() { return super.speak() + " (woof)"; }
  static kind() { return "dog<" + super.kind() + ">"; }
}
var d = Dog.create("Rex");
console.log(d.speak(), d instanceof Dog, d instanceof Animal); // expect: Rex makes a sound (woof) true true
console.log(Dog.kind(), d.constructor.name); // expect: dog<animal> Dog
class Puppy extends Dog {}
console.log(new Puppy("p").speak(), new Puppy("q").tricks); // expect: p makes a sound (woof) 0
class Expr extends (function () { return Animal; })() {}
console.log(new Expr("e").name); // expect: e
class Arrowy extends Animal { speak() { return [1].map(() => super.speak())[0]; } }
console.log(new Arrowy("a").speak()); // expect: a makes a sound
