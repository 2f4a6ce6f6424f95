// Closure-heavy functional pipeline: records flow through map/filter/reduce chains built from
// composed and curried closures, with groupBy, flatMap, sort with a comparator and memoization.
(function () {
  var compose = function () {
    var fns = Array.prototype.slice.call(arguments);
    return function (x) { return fns.reduceRight(function (acc, f) { return f(acc); }, x); };
  };
  var pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
  var curry2 = (f) => (a) => (b) => f(a, b);
  var add = curry2((a, b) => a + b), mul = curry2((a, b) => a * b);
  var prop = (name) => (o) => o[name];
  var where = (name, pred) => (o) => pred(o[name]);
  var groupBy = (keyOf) => (xs) => xs.reduce((m, x) => {
    var k = keyOf(x), g = m.get(k);
    if (g === undefined) m.set(k, [x]); else g.push(x);
    return m;
  }, new Map());
  var memo = (f) => { var cache = new Map(); return (n) => { var v = cache.get(n); if (v === undefined) { v = f(n); cache.set(n, v); } return v; }; };

  function makeRecords(n) {
    var rng = makeRandom(123), regions = ["north", "south", "east", "west", "centre"], out = [];
    for (var i = 0; i < n; i++) out.push({ id: i, region: regions[rng.below(5)], qty: 1 + rng.below(20), price: 1 + rng.below(1000) / 10, tags: ["t" + rng.below(8), "t" + rng.below(8)] });
    return out;
  }
  var records;
  function run(rounds) {
    var total = 0, groups = 0, tagCount = 0, top = 0;
    var digits = memo((n) => String(n).split("").map(Number).reduce((a, b) => a + b, 0));
    for (var r = 0; r < rounds; r++) {
      var threshold = 5 + r % 7;
      var revenue = pipe(
        (xs) => xs.filter(where("qty", (q) => q > threshold)),
        (xs) => xs.map((o) => ({ id: o.id, region: o.region, value: mul(o.qty)(o.price) })),
        (xs) => xs.filter((o) => digits(o.id) % 3 !== 0)
      )(records);
      total += revenue.map(prop("value")).map(compose(Math.round, add(0.5))).reduce((a, b) => a + b, 0);
      var byRegion = groupBy(prop("region"))(revenue);
      byRegion.forEach((list, region) => { groups += list.length * region.length; });
      tagCount += records.flatMap((o) => o.tags).filter((t) => t === "t" + (r % 8)).length;
      var sorted = revenue.slice().sort((a, b) => b.value - a.value || a.id - b.id);
      top += sorted[0].id + sorted[sorted.length - 1].id;
      var counts = Object.entries(revenue.reduce((acc, o) => { acc[o.region] = (acc[o.region] || 0) + 1; return acc; }, {}));
      top += counts.every(([k, v]) => v > 0) ? counts.length : 0;
    }
    return { total: total, groups: groups, tagCount: tagCount, top: top };
  }
  var EXPECTED = { // recorded with node
    10: {"total":14894262,"groups":101186,"tagCount":12477,"top":24960},
    2: {"total":337371,"groups":2429,"tagCount":253,"top":1461}
  };
  benchmark({
    name: "pipeline",
    iterations: 10,
    size: 10,
    smokeSize: 2,
    setup: function (size) { records = makeRecords(size <= 2 ? 500 : 5000); },
    run: run,
    check: function (r, size) { return expectFor(EXPECTED, size, r); }
  });
})();
