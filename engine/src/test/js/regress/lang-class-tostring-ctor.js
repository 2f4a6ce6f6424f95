// Function.prototype.toString of a class returns the source text of the whole
// ClassDeclaration/ClassExpression. When the class has an explicit constructor,
// Piste returns only the constructor method's text ("constructor(x, y) {...}"),
// which also breaks the common `/^class\b/.test(fn.toString())` class detection.
// Classes without an explicit constructor print correctly.
class Point { constructor(x, y) { this.x = x; this.y = y; } norm() { return 1; } }
console.log(Point.toString());
console.log(String(class extends Point { constructor() { super(1, 2); } }));
console.log(/^class\b/.test(Function.prototype.toString.call(Point)));
// expect: class Point { constructor(x, y) { this.x = x; this.y = y; } norm() { return 1; } }
// expect: class extends Point { constructor() { super(1, 2); } }
// expect: true
