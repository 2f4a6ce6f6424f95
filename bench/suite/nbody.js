// N-body gravitational simulation: a generated system of bodies, symplectic (leapfrog-style)
// integration in floating point; checks the total energy before and after.
(function () {
  function Body(x, y, z, vx, vy, vz, mass) {
    this.x = x; this.y = y; this.z = z; this.vx = vx; this.vy = vy; this.vz = vz; this.mass = mass;
  }

  function makeSystem(n) {
    var rng = makeRandom(4242);
    var bodies = [new Body(0, 0, 0, 0, 0, 0, 40)];
    for (var i = 1; i < n; i++) {
      var r = 2 + 10 * rng.next(), a = 2 * Math.PI * rng.next();
      var speed = Math.sqrt(40 / r);
      bodies.push(new Body(r * Math.cos(a), r * Math.sin(a), 0.1 * (rng.next() - 0.5),
        -speed * Math.sin(a), speed * Math.cos(a), 0.01 * (rng.next() - 0.5), 0.001 + 0.01 * rng.next()));
    }
    // move to the centre-of-momentum frame
    var px = 0, py = 0, pz = 0, m = 0;
    for (var j = 0; j < n; j++) { var b = bodies[j]; px += b.vx * b.mass; py += b.vy * b.mass; pz += b.vz * b.mass; m += b.mass; }
    for (var k = 0; k < n; k++) { bodies[k].vx -= px / m; bodies[k].vy -= py / m; bodies[k].vz -= pz / m; }
    return bodies;
  }

  function advance(bodies, dt) {
    var n = bodies.length;
    for (var i = 0; i < n; i++) {
      var bi = bodies[i];
      for (var j = i + 1; j < n; j++) {
        var bj = bodies[j];
        var dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
        var d2 = dx * dx + dy * dy + dz * dz + 0.01; // softened
        var mag = dt / (d2 * Math.sqrt(d2));
        bi.vx -= dx * bj.mass * mag; bi.vy -= dy * bj.mass * mag; bi.vz -= dz * bj.mass * mag;
        bj.vx += dx * bi.mass * mag; bj.vy += dy * bi.mass * mag; bj.vz += dz * bi.mass * mag;
      }
    }
    for (var k = 0; k < n; k++) {
      var b = bodies[k];
      b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz;
    }
  }

  function energy(bodies) {
    var e = 0, n = bodies.length;
    for (var i = 0; i < n; i++) {
      var b = bodies[i];
      e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
      for (var j = i + 1; j < n; j++) {
        var c = bodies[j];
        var dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
        e -= b.mass * c.mass / Math.sqrt(dx * dx + dy * dy + dz * dz + 0.01);
      }
    }
    return e;
  }

  var EXPECTED = { // recorded with node
    4000: {"before":-406237991,"after":-406237022,"x":-2675886994},
    20: {"before":-406237991,"after":-406237989,"x":4840037591}
  };
  benchmark({
    name: "nbody",
    iterations: 10,
    size: 4000,
    smokeSize: 20,
    run: function (steps) {
      var bodies = makeSystem(24);
      var e0 = energy(bodies);
      for (var s = 0; s < steps; s++) advance(bodies, 0.001);
      var e1 = energy(bodies);
      return { before: Math.round(e0 * 1e9), after: Math.round(e1 * 1e9), x: Math.round(bodies[3].x * 1e9) };
    },
    check: function (r, size) {
      // energy is conserved to about a part in a thousand
      return Math.abs(r.after - r.before) < Math.abs(r.before) * 1e-3 && expectFor(EXPECTED, size, r);
    }
  });
})();
