// String building and searching: builds a text from generated words by concatenation and by
// array join, then searches it with indexOf, a hand-written Knuth-Morris-Pratt search, split,
// and character scans; also builds a word-frequency table.
(function () {
  var SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "vo", "pe", "zu", "an", "el"];
  function makeWord(rng) {
    var n = 1 + rng.below(3), w = "";
    for (var i = 0; i < n; i++) w += SYLLABLES[rng.below(SYLLABLES.length)];
    return w;
  }
  function kmpCount(text, pat) {
    var fail = [0], k = 0;
    for (var i = 1; i < pat.length; i++) {
      while (k > 0 && pat.charCodeAt(i) !== pat.charCodeAt(k)) k = fail[k - 1];
      if (pat.charCodeAt(i) === pat.charCodeAt(k)) k++;
      fail.push(k);
    }
    var count = 0; k = 0;
    for (var j = 0; j < text.length; j++) {
      var c = text.charCodeAt(j);
      while (k > 0 && c !== pat.charCodeAt(k)) k = fail[k - 1];
      if (c === pat.charCodeAt(k)) k++;
      if (k === pat.length) { count++; k = fail[k - 1]; }
    }
    return count;
  }
  function indexOfCount(text, pat) {
    var count = 0, i = text.indexOf(pat);
    while (i >= 0) { count++; i = text.indexOf(pat, i + 1); }
    return count;
  }
  function run(words) {
    var rng = makeRandom(555), text = "", parts = [];
    for (var i = 0; i < words; i++) {
      var w = makeWord(rng);
      text += w; text += (i % 13 === 12) ? ".\n" : " ";
      parts.push(i % 5 === 0 ? w.toUpperCase() : w);
    }
    var joined = parts.join(" ");
    var patterns = ["kalo", "shivo", "mine ", "zuan", "elel", "ta.\n"];
    var hits = [], agree = true;
    for (var p = 0; p < patterns.length; p++) {
      var a = indexOfCount(text, patterns[p]), b = kmpCount(text, patterns[p]);
      if (a !== b) agree = false;
      hits.push(a);
    }
    var freq = new Map(), tokens = joined.toLowerCase().split(" ");
    for (var t = 0; t < tokens.length; t++) freq.set(tokens[t], (freq.get(tokens[t]) || 0) + 1);
    var best = "", bestCount = 0;
    freq.forEach(function (count, word) { if (count > bestCount || (count === bestCount && word < best)) { best = word; bestCount = count; } });
    var vowels = 0;
    for (var v = 0; v < text.length; v++) { var ch = text.charAt(v); if (ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u") vowels++; }
    var reversed = text.slice(0, 2000).split("").reverse().join("");
    var sentences = text.split(".\n").length;
    return { length: text.length, joined: joined.length, hits: hits, agree: agree, distinct: freq.size, best: best, bestCount: bestCount, vowels: vowels, sentences: sentences, rev: reversed.charCodeAt(7) + reversed.lastIndexOf("ka") };
  }
  var EXPECTED = { // recorded with node
    25000: {"length":130781,"joined":128857,"hits":[199,174,102,170,175,156],"agree":true,"distinct":1868,"best":"mi","bestCount":729,"vowels":49828,"sentences":1924,"rev":1505},
    1000: {"length":5090,"joined":5013,"hits":[10,5,2,6,9,6],"agree":true,"distinct":412,"best":"shi","bestCount":41,"vowels":1932,"sentences":77,"rev":1505}
  };
  benchmark({
    name: "strings",
    iterations: 10,
    size: 25000,
    smokeSize: 1000,
    run: run,
    check: function (r, size) { return r.agree && expectFor(EXPECTED, size, r); }
  });
})();
