// N-queens: counts all solutions by backtracking with column and diagonal occupancy arrays, and
// separately with bit masks.
(function () {
  function countArrays(n) {
    var cols = [], d1 = [], d2 = [], i;
    for (i = 0; i < n; i++) cols.push(false);
    for (i = 0; i < 2 * n; i++) { d1.push(false); d2.push(false); }
    function place(row) {
      if (row === n) return 1;
      var found = 0;
      for (var c = 0; c < n; c++) {
        if (cols[c] || d1[row + c] || d2[row - c + n]) continue;
        cols[c] = d1[row + c] = d2[row - c + n] = true;
        found += place(row + 1);
        cols[c] = d1[row + c] = d2[row - c + n] = false;
      }
      return found;
    }
    return place(0);
  }
  function countBits(n) {
    var all = (1 << n) - 1;
    function go(cols, left, right) {
      if (cols === all) return 1;
      var free = all & ~(cols | left | right), found = 0;
      while (free !== 0) {
        var bit = free & -free;
        free -= bit;
        found += go(cols | bit, ((left | bit) << 1) & all, (right | bit) >> 1);
      }
      return found;
    }
    return go(0, 0, 0);
  }
  var SOLUTIONS = { 6: 4, 7: 40, 8: 92, 9: 352, 10: 724, 11: 2680 };
  benchmark({
    name: "queens",
    iterations: 10,
    size: 10,
    smokeSize: 6,
    run: function (n) { return [countArrays(n), countBits(n + 1)]; },
    check: function (r, n) { return r[0] === SOLUTIONS[n] && r[1] === SOLUTIONS[n + 1]; }
  });
})();
