// Regular-expression workload: generates log lines and parses them with regular expressions
// (captures, named groups, alternation, character classes, global matchAll, replace with a
// function, split on a pattern, sticky-free test loops) and aggregates the results.
(function () {
  var METHODS = ["GET", "POST", "PUT", "DELETE"], PATHS = ["/api/users", "/api/orders", "/static/app.js", "/index.html", "/api/users/42/items"];
  function makeLog(n) {
    var rng = makeRandom(9001), lines = [];
    for (var i = 0; i < n; i++) {
      var ip = (10 + rng.below(240)) + "." + rng.below(256) + "." + rng.below(256) + "." + rng.below(256);
      var h = rng.below(24), m = rng.below(60);
      var status = [200, 200, 200, 201, 304, 404, 500][rng.below(7)];
      var mail = rng.below(5) === 0 ? " user" + rng.below(100) + "@example" + rng.below(3) + ".org" : "";
      lines.push(ip + " - [2024-03-" + (10 + rng.below(18)) + "T" + (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m + "] \"" +
        METHODS[rng.below(4)] + " " + PATHS[rng.below(5)] + "?id=" + rng.below(1000) + " HTTP/1.1\" " + status + " " + rng.below(50000) + mail);
    }
    return lines;
  }
  var LINE = /^(\d{1,3}(?:\.\d{1,3}){3}) - \[(?<date>\d{4}-\d\d-\d\d)T(?<hour>\d\d):\d\d\] "(GET|POST|PUT|DELETE) ([^ ?]+)(?:\?([^ ]*))? HTTP\/1\.[01]" (\d{3}) (\d+)/;
  var EMAIL = /\b([a-z]+\d*)@([a-z0-9]+)\.org\b/g;
  var NUMERIC_SEGMENT = /\/\d+(?=\/|$)/g;
  var lines;
  function run(reps) {
    var bytes = 0, errors = 0, hours = [], emails = 0, domains = new Map(), normalized = new Set(), fields = 0, bad = 0;
    for (var h = 0; h < 24; h++) hours.push(0);
    for (var r = 0; r < reps; r++) {
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        var m = LINE.exec(line);
        if (m === null) { bad++; continue; }
        hours[+m.groups.hour]++;
        bytes += parseInt(m[8], 10);
        if (/^5\d\d$/.test(m[7])) errors++;
        normalized.add(m[4] + " " + m[5].replace(NUMERIC_SEGMENT, "/:id"));
        for (var e of line.matchAll(EMAIL)) {
          emails++;
          domains.set(e[2], (domains.get(e[2]) || 0) + 1);
        }
        fields += line.split(/\s+/).length;
      }
      var masked = lines.slice(0, 200).join("\n").replace(/(\d+)\.(\d+)\.\d+\.\d+/g, function (all, a, b) { return a + "." + b + ".x.x"; });
      fields += (masked.match(/x\.x/g) || []).length;
    }
    return { bytes: bytes, errors: errors, hours: hours.join(","), emails: emails, domains: Array.from(domains.keys()).sort().join(","), routes: normalized.size, fields: fields, bad: bad };
  }
  var EXPECTED = { // recorded with node
    4: {"bytes":201596876,"errors":1148,"hours":"272,332,336,336,360,364,332,348,372,284,344,304,372,324,328,340,288,316,356,308,344,364,340,336","emails":1568,"domains":"example0,example1,example2","routes":20,"fields":66368,"bad":0},
    1: {"bytes":7457307,"errors":41,"hours":"7,8,13,11,12,14,16,16,13,11,9,12,16,13,10,16,13,10,13,8,15,16,13,15","emails":62,"domains":"example0,example1,example2","routes":20,"fields":2662,"bad":0}
  };
  benchmark({
    name: "regexp",
    iterations: 10,
    size: 4,
    smokeSize: 1,
    setup: function (size) { lines = makeLog(size === 1 ? 300 : 2000); },
    run: run,
    check: function (r, size) { return r.bad === 0 && expectFor(EXPECTED, size, r); }
  });
})();
