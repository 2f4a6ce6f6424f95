// Class constructor, methods, prototype wiring and non-enumerable methods.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
var p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), p instanceof Point, typeof Point); // expect: (4, 6) true function
console.log(Object.keys(p).join(), Object.keys(Point.prototype).length); // expect: x,y 0
console.log(Point.prototype.constructor === Point, Object.getPrototypeOf(p) === Point.prototype); // expect: true true
class Empty {}
console.log(typeof new Empty(), Empty.length, Point.length); // expect: object 0 2
var Expr = class Named { who() { return Named.name; } };
console.log(new Expr().who(), Expr.name, typeof Named); // expect: Named Named undefined
