// Bouncing balls: balls under gravity in a box, bouncing off the walls with damping and off each
// other (elastic collisions between equal-mass balls), using a uniform grid for the broad phase.
(function () {
  var W = 400, H = 300, R = 3;
  function Ball(x, y, vx, vy) { this.x = x; this.y = y; this.vx = vx; this.vy = vy; this.bounces = 0; }
  Ball.prototype.step = function (dt) {
    this.vy += 9.81 * dt;
    this.x += this.vx * dt; this.y += this.vy * dt;
    if (this.x < R) { this.x = 2 * R - this.x; this.vx = -this.vx * 0.9; this.bounces++; }
    else if (this.x > W - R) { this.x = 2 * (W - R) - this.x; this.vx = -this.vx * 0.9; this.bounces++; }
    if (this.y < R) { this.y = 2 * R - this.y; this.vy = -this.vy * 0.9; this.bounces++; }
    else if (this.y > H - R) { this.y = 2 * (H - R) - this.y; this.vy = -this.vy * 0.9; this.bounces++; }
  };
  function collide(a, b) {
    var dx = b.x - a.x, dy = b.y - a.y, d2 = dx * dx + dy * dy;
    if (d2 >= 4 * R * R || d2 === 0) return 0;
    var d = Math.sqrt(d2), nx = dx / d, ny = dy / d;
    var rel = (a.vx - b.vx) * nx + (a.vy - b.vy) * ny;
    if (rel <= 0) return 0; // already separating
    a.vx -= rel * nx; a.vy -= rel * ny; b.vx += rel * nx; b.vy += rel * ny;
    return 1;
  }
  function simulate(steps) {
    var rng = makeRandom(77), balls = [];
    for (var i = 0; i < 300; i++) balls.push(new Ball(R + rng.next() * (W - 2 * R), R + rng.next() * (H - 2 * R), rng.next() * 80 - 40, rng.next() * 80 - 40));
    var cell = 4 * R, gw = Math.ceil(W / cell), gh = Math.ceil(H / cell), contacts = 0;
    for (var s = 0; s < steps; s++) {
      var grid = new Map();
      for (var j = 0; j < balls.length; j++) {
        var b = balls[j];
        b.step(0.05);
        var key = Math.floor(b.x / cell) * gh + Math.floor(b.y / cell);
        var bucket = grid.get(key);
        if (bucket === undefined) grid.set(key, [b]); else bucket.push(b);
      }
      grid.forEach(function (bucket, key) {
        var cx = Math.floor(key / gh), cy = key % gh;
        for (var ox = 0; ox <= 1; ox++) for (var oy = -1; oy <= 1; oy++) {
          if (ox === 0 && oy < 0) continue;
          var other = ox === 0 && oy === 0 ? bucket : grid.get((cx + ox) * gh + (cy + oy));
          if (other === undefined || cx + ox >= gw || cy + oy < 0 || cy + oy >= gh) continue;
          for (var p = 0; p < bucket.length; p++) {
            for (var q = other === bucket ? p + 1 : 0; q < other.length; q++) contacts += collide(bucket[p], other[q]);
          }
        }
      });
    }
    var bounces = 0, sx = 0, sy = 0;
    for (var k = 0; k < balls.length; k++) { bounces += balls[k].bounces; sx += balls[k].x; sy += balls[k].y; }
    return { contacts: contacts, bounces: bounces, sx: Math.round(sx * 1000), sy: Math.round(sy * 1000) };
  }
  var EXPECTED = { // recorded with node
    300: {"contacts":5329,"bounces":951,"sx":60977920,"sy":62823514},
    10: {"contacts":111,"bounces":23,"sx":57398813,"sy":44325033}
  };
  benchmark({
    name: "balls",
    iterations: 10,
    size: 300,
    smokeSize: 10,
    run: simulate,
    check: function (r, size) { return expectFor(EXPECTED, size, r); }
  });
})();
