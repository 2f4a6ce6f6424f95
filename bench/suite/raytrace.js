// Ray tracer in floating point: spheres and a checkered plane, point lights with shadows,
// Phong-style highlights and recursive reflections, rendered to a small greyscale image.
(function () {
  class Vec {
    constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
    add(o) { return new Vec(this.x + o.x, this.y + o.y, this.z + o.z); }
    sub(o) { return new Vec(this.x - o.x, this.y - o.y, this.z - o.z); }
    scale(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
    dot(o) { return this.x * o.x + this.y * o.y + this.z * o.z; }
    length() { return Math.sqrt(this.dot(this)); }
    norm() { return this.scale(1 / this.length()); }
  }
  class Ray { constructor(origin, dir) { this.origin = origin; this.dir = dir; } }
  class Hit { constructor(t, thing) { this.t = t; this.thing = thing; } }

  class Sphere {
    constructor(center, radius, shade, reflect) { this.center = center; this.r2 = radius * radius; this.shade = shade; this.reflect = reflect; }
    intersect(ray) {
      var oc = this.center.sub(ray.origin), b = oc.dot(ray.dir), disc = b * b - oc.dot(oc) + this.r2;
      if (disc < 0) return null;
      var sq = Math.sqrt(disc), t = b - sq;
      if (t < 1e-6) { t = b + sq; if (t < 1e-6) return null; }
      return new Hit(t, this);
    }
    normal(p) { return p.sub(this.center).norm(); }
    colour(p) { return this.shade; }
  }
  class Plane {
    constructor(normal, offset) { this.n = normal; this.offset = offset; this.reflect = 0.3; }
    intersect(ray) {
      var denom = this.n.dot(ray.dir);
      if (denom > -1e-9) return null;
      var t = -(this.n.dot(ray.origin) + this.offset) / denom;
      return t > 1e-6 ? new Hit(t, this) : null;
    }
    normal(p) { return this.n; }
    colour(p) { return ((Math.floor(p.x) + Math.floor(p.z)) & 1) === 0 ? 0.9 : 0.2; }
  }

  function Scene() {
    this.things = [new Plane(new Vec(0, 1, 0), 0)];
    var rng = makeRandom(8);
    for (var i = 0; i < 7; i++) {
      this.things.push(new Sphere(new Vec(rng.next() * 6 - 3, 0.4 + rng.next() * 1.5, rng.next() * 6 - 1), 0.3 + rng.next() * 0.6, 0.3 + rng.next() * 0.7, rng.next() * 0.5));
    }
    this.lights = [{ pos: new Vec(-4, 6, -3), power: 0.7 }, { pos: new Vec(3, 5, -4), power: 0.5 }];
    this.eye = new Vec(0, 1.8, -6);
  }
  Scene.prototype.nearest = function (ray) {
    var best = null;
    for (var i = 0; i < this.things.length; i++) {
      var h = this.things[i].intersect(ray);
      if (h !== null && (best === null || h.t < best.t)) best = h;
    }
    return best;
  };
  Scene.prototype.trace = function (ray, depth) {
    var hit = this.nearest(ray);
    if (hit === null) return 0.05;
    var p = ray.origin.add(ray.dir.scale(hit.t)), n = hit.thing.normal(p), base = hit.thing.colour(p);
    var light = 0.1;
    for (var i = 0; i < this.lights.length; i++) {
      var L = this.lights[i], toL = L.pos.sub(p), dist = toL.length(), ldir = toL.scale(1 / dist);
      var lambert = n.dot(ldir);
      if (lambert <= 0) continue;
      var shadow = this.nearest(new Ray(p, ldir));
      if (shadow !== null && shadow.t < dist) continue;
      light += lambert * L.power;
      var refl = ray.dir.sub(n.scale(2 * n.dot(ray.dir)));
      var spec = refl.dot(ldir);
      if (spec > 0) light += Math.pow(spec, 20) * L.power * 0.5;
    }
    var c = base * light;
    if (depth > 0 && hit.thing.reflect > 0) {
      var rdir = ray.dir.sub(n.scale(2 * n.dot(ray.dir)));
      c = c * (1 - hit.thing.reflect) + hit.thing.reflect * this.trace(new Ray(p, rdir), depth - 1);
    }
    return c;
  };

  function render(size) {
    var scene = new Scene(), sum = 0, hist = [0, 0, 0, 0, 0, 0, 0, 0];
    for (var y = 0; y < size; y++) {
      for (var x = 0; x < size; x++) {
        var dir = new Vec((x - size / 2) / size, -(y - size / 2) / size, 1).norm();
        var v = scene.trace(new Ray(scene.eye, dir), 3);
        var g = Math.min(255, Math.floor(v * 255));
        sum += g;
        hist[g >> 5]++;
      }
    }
    return { sum: sum, hist: hist };
  }
  var EXPECTED = { // recorded with node
    160: {"sum":1297745,"hist":[14804,3825,1908,1291,958,2275,521,18]},
    12: {"sum":6540,"hist":[90,17,12,8,6,10,1,0]}
  };
  benchmark({
    name: "raytrace",
    iterations: 10,
    size: 160,
    smokeSize: 12,
    run: render,
    check: function (r, size) { return expectFor(EXPECTED, size, r); }
  });
})();
