// Polymorphic dispatch: a scene of shapes of six classes (with a class hierarchy) whose methods
// are called through the same call sites (area, perimeter, scale, accept(visitor)), so each site
// sees several receiver classes; also getter dispatch and a megamorphic property read.
(function () {
  class Shape {
    constructor(x, y) { this.x = x; this.y = y; }
    describe() { return this.kind() + "@" + Math.round(this.x) + "," + Math.round(this.y); }
    get weight() { return this.area() * 0.5; }
  }
  class Circle extends Shape {
    constructor(x, y, r) { super(x, y); this.r = r; }
    area() { return Math.PI * this.r * this.r; }
    perimeter() { return 2 * Math.PI * this.r; }
    scale(k) { this.r *= k; }
    kind() { return "circle"; }
    accept(v) { return v.visitCircle(this); }
  }
  class Rect extends Shape {
    constructor(x, y, w, h) { super(x, y); this.w = w; this.h = h; }
    area() { return this.w * this.h; }
    perimeter() { return 2 * (this.w + this.h); }
    scale(k) { this.w *= k; this.h *= k; }
    kind() { return "rect"; }
    accept(v) { return v.visitRect(this); }
  }
  class Square extends Rect {
    constructor(x, y, s) { super(x, y, s, s); }
    kind() { return "square"; }
    accept(v) { return v.visitSquare(this); }
  }
  class Triangle extends Shape {
    constructor(x, y, a, b, c) { super(x, y); this.a = a; this.b = b; this.c = c; }
    area() { var s = (this.a + this.b + this.c) / 2; return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c)); }
    perimeter() { return this.a + this.b + this.c; }
    scale(k) { this.a *= k; this.b *= k; this.c *= k; }
    kind() { return "triangle"; }
    accept(v) { return v.visitTriangle(this); }
  }
  class Ellipse extends Circle {
    constructor(x, y, r, r2) { super(x, y, r); this.r2 = r2; }
    area() { return Math.PI * this.r * this.r2; }
    perimeter() { var a = this.r, b = this.r2; return Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b))); }
    scale(k) { super.scale(k); this.r2 *= k; }
    kind() { return "ellipse"; }
  }
  class Polygon extends Shape {
    constructor(x, y, n, side) { super(x, y); this.n = n; this.side = side; }
    area() { return this.n * this.side * this.side / (4 * Math.tan(Math.PI / this.n)); }
    perimeter() { return this.n * this.side; }
    scale(k) { this.side *= k; }
    kind() { return "polygon"; }
    accept(v) { return v.visitPolygon(this); }
  }
  var counter = {
    counts: [0, 0, 0, 0, 0],
    visitCircle(s) { this.counts[0]++; return 1; },
    visitRect(s) { this.counts[1]++; return 2; },
    visitSquare(s) { this.counts[2]++; return 3; },
    visitTriangle(s) { this.counts[3]++; return 4; },
    visitPolygon(s) { this.counts[4]++; return 5; }
  };

  function makeShapes(n) {
    var rng = makeRandom(17), shapes = [];
    for (var i = 0; i < n; i++) {
      var x = rng.next() * 100, y = rng.next() * 100, k = rng.below(6);
      if (k === 0) shapes.push(new Circle(x, y, 1 + rng.next()));
      else if (k === 1) shapes.push(new Rect(x, y, 1 + rng.next(), 1 + rng.next()));
      else if (k === 2) shapes.push(new Square(x, y, 1 + rng.next()));
      else if (k === 3) shapes.push(new Triangle(x, y, 3, 4, 5));
      else if (k === 4) shapes.push(new Ellipse(x, y, 1 + rng.next(), 2));
      else shapes.push(new Polygon(x, y, 5 + rng.below(4), 1));
    }
    return shapes;
  }

  var shapes;
  function run(rounds) {
    var area = 0, perim = 0, weight = 0, visits = 0, names = 0;
    counter.counts = [0, 0, 0, 0, 0];
    for (var r = 0; r < rounds; r++) {
      var k = r % 2 === 0 ? 1.01 : 1 / 1.01;
      for (var i = 0; i < shapes.length; i++) {
        var s = shapes[i];
        area += s.area();
        perim += s.perimeter();
        weight += s.weight;
        visits += s.accept(counter);
        s.scale(k);
      }
      if (r % 10 === 0) for (var j = 0; j < shapes.length; j += 7) names += shapes[j].describe().length;
    }
    return { area: Math.round(area), perim: Math.round(perim), weight: Math.round(weight), visits: visits, names: names, counts: counter.counts };
  }
  var EXPECTED = { // recorded with node
    100: {"area":519686,"perim":856225,"weight":259843,"visits":265700,"names":17380,"counts":[34300,15900,16700,16000,17100]},
    4: {"area":20787,"perim":34249,"weight":10394,"visits":10628,"names":1738,"counts":[1372,636,668,640,684]}
  };
  benchmark({
    name: "dispatch",
    iterations: 10,
    size: 100,
    smokeSize: 4,
    setup: function () { shapes = makeShapes(1000); },
    run: function (rounds) { shapes = makeShapes(1000); return run(rounds); },
    check: function (r, size) { return expectFor(EXPECTED, size, r); }
  });
})();
