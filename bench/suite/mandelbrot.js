// Mandelbrot set: escape-time iteration counts over a grid of complex points.
(function () {
  function mandel(width, height, maxIter) {
    var total = 0, inside = 0, hash = 0;
    for (var py = 0; py < height; py++) {
      var ci = -1.25 + 2.5 * py / height;
      for (var px = 0; px < width; px++) {
        var cr = -2.1 + 2.8 * px / width;
        var zr = 0, zi = 0, zr2 = 0, zi2 = 0, it = 0;
        while (it < maxIter && zr2 + zi2 <= 4) {
          zi = 2 * zr * zi + ci;
          zr = zr2 - zi2 + cr;
          zr2 = zr * zr; zi2 = zi * zi;
          it++;
        }
        if (it === maxIter) inside++;
        total += it;
        hash = (hash * 33 + it) % 1000003;
      }
    }
    return { total: total, inside: inside, hash: hash };
  }
  var EXPECTED = { // recorded with node
    400: {"total":4222598,"inside":35457,"hash":763544},
    24: {"total":15545,"inside":132,"hash":267670}
  };
  benchmark({
    name: "mandelbrot",
    iterations: 10,
    size: 400,
    smokeSize: 24,
    run: function (n) { return mandel(n, n, 100); },
    check: function (r, size) { return expectFor(EXPECTED, size, r); }
  });
})();
