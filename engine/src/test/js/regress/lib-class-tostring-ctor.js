// Function.prototype.toString of a class that declares an explicit
// constructor must return the source text of the whole class. Piste returns
// only the constructor method's text, "constructor(x) { this.x = x; }".
// (Classes without an explicit constructor print correctly.)
class C { constructor(x) { this.x = x; } m() { return 1; } }
console.log(C.toString());
console.log(String(class D extends C { constructor() { super(1); } }));
// expect: class C { constructor(x) { this.x = x; } m() { return 1; } }
// expect: class D extends C { constructor() { super(1); } }
