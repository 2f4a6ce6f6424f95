// Prime sieve of Eratosthenes on a plain array of booleans, plus a segmented pass counting
// twin primes; checks the prime count against known values of pi(n).
(function () {
  function sieve(limit) {
    var composite = new Array(limit + 1);
    for (var i = 0; i <= limit; i++) composite[i] = false;
    composite[0] = composite[1] = true;
    for (var p = 2; p * p <= limit; p++) {
      if (!composite[p]) for (var m = p * p; m <= limit; m += p) composite[m] = true;
    }
    var count = 0, twins = 0, sum = 0, last = -10;
    for (var k = 2; k <= limit; k++) {
      if (!composite[k]) {
        count++; sum = (sum + k) % 1000000007;
        if (k - last === 2) twins++;
        last = k;
      }
    }
    return { count: count, twins: twins, sum: sum };
  }
  var PI = { 1000: 168, 10000: 1229, 100000: 9592, 1000000: 78498 };
  var EXPECTED = { // recorded with node
    1000000: {"count":78498,"twins":8169,"sum":550401764},
    10000: {"count":1229,"twins":205,"sum":5736396}
  };
  benchmark({
    name: "sieve",
    iterations: 10,
    size: 1000000,
    smokeSize: 10000,
    run: sieve,
    check: function (r, size) { return r.count === PI[size] && expectFor(EXPECTED, size, r); }
  });
})();
