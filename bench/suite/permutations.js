// Permutations: Heap's algorithm over an array, plus lexicographic next-permutation; counts
// permutations, fixed points and a position-weighted checksum.
(function () {
  function heapPermutations(n, visit) {
    var a = [], c = [];
    for (var i = 0; i < n; i++) { a.push(i); c.push(0); }
    visit(a);
    var k = 0;
    while (k < n) {
      if (c[k] < k) {
        var j = (k & 1) === 0 ? 0 : c[k];
        var t = a[j]; a[j] = a[k]; a[k] = t;
        visit(a);
        c[k]++; k = 0;
      } else { c[k] = 0; k++; }
    }
  }
  function nextPermutation(a) {
    var i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) i--;
    if (i < 0) return false;
    var j = a.length - 1;
    while (a[j] <= a[i]) j--;
    var t = a[i]; a[i] = a[j]; a[j] = t;
    for (var l = i + 1, r = a.length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
    return true;
  }
  function run(n) {
    var count = 0, fixed = 0, checksum = 0;
    heapPermutations(n, function (p) {
      count++;
      for (var i = 0; i < p.length; i++) if (p[i] === i) fixed++;
      checksum = (checksum * 7 + p[0] * 3 + p[p.length - 1]) % 1000003;
    });
    var a = [], lex = 0, derangements = 0;
    for (var i = 0; i < n; i++) a.push(i);
    do {
      lex++;
      var d = true;
      for (var k = 0; k < n; k++) if (a[k] === k) { d = false; break; }
      if (d) derangements++;
    } while (nextPermutation(a));
    return { count: count, fixed: fixed, checksum: checksum, lex: lex, derangements: derangements };
  }
  var FACT = { 6: 720, 7: 5040, 8: 40320, 9: 362880 };
  var DERANGE = { 6: 265, 7: 1854, 8: 14833, 9: 133496 };
  var EXPECTED = { // recorded with node
    9: {"count":362880,"fixed":362880,"checksum":361086,"lex":362880,"derangements":133496},
    6: {"count":720,"fixed":720,"checksum":780697,"lex":720,"derangements":265}
  };
  benchmark({
    name: "permutations",
    iterations: 10,
    size: 9,
    smokeSize: 6,
    run: run,
    check: function (r, n) {
      // every permutation has on average one fixed point
      return r.count === FACT[n] && r.lex === FACT[n] && r.fixed === FACT[n] &&
        r.derangements === DERANGE[n] && expectFor(EXPECTED, n, r);
    }
  });
})();
