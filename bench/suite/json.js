// A JSON-like tokenizer and recursive-descent parser written in JavaScript, with its own
// serializer: generates a document, serializes it, tokenizes and parses it back, and compares.
(function () {
  function generate(rng, depth) {
    var kind = depth <= 0 ? 3 + rng.below(4) : rng.below(7);
    switch (kind) {
      case 0: case 1: {
        var o = {}, n = 1 + rng.below(6);
        for (var i = 0; i < n; i++) o["k" + rng.below(50) + (i % 2 === 0 ? "_name" : "")] = generate(rng, depth - 1);
        return o;
      }
      case 2: {
        var a = [], m = rng.below(7);
        for (var j = 0; j < m; j++) a.push(generate(rng, depth - 1));
        return a;
      }
      case 3: return rng.below(2000000) - 1000000;
      case 4: return (rng.below(200000) - 100000) / 64;
      case 5: {
        var s = "", len = rng.below(12);
        for (var c = 0; c < len; c++) { var ch = rng.below(40); s += ch === 0 ? "\\" : ch === 1 ? "\"" : ch === 2 ? "\n" : String.fromCharCode(97 + ch % 26); }
        return s;
      }
      default: return rng.below(3) === 0 ? null : rng.below(2) === 0;
    }
  }

  function serialize(v, out) {
    if (v === null) out.push("null");
    else if (typeof v === "boolean" || typeof v === "number") out.push(String(v));
    else if (typeof v === "string") {
      var s = "\"";
      for (var i = 0; i < v.length; i++) {
        var c = v.charAt(i);
        s += c === "\"" ? "\\\"" : c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c;
      }
      out.push(s + "\"");
    } else if (Array.isArray(v)) {
      out.push("[");
      for (var j = 0; j < v.length; j++) { if (j > 0) out.push(","); serialize(v[j], out); }
      out.push("]");
    } else {
      out.push("{");
      var keys = Object.keys(v);
      for (var k = 0; k < keys.length; k++) { if (k > 0) out.push(","); serialize(keys[k], out); out.push(":"); serialize(v[keys[k]], out); }
      out.push("}");
    }
  }

  var T_PUNCT = 1, T_STRING = 2, T_NUMBER = 3, T_WORD = 4;
  function Token(type, value) { this.type = type; this.value = value; }
  function tokenize(text) {
    var tokens = [], i = 0, n = text.length;
    while (i < n) {
      var c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) { i++; continue; }
      if (c === 123 || c === 125 || c === 91 || c === 93 || c === 58 || c === 44) { tokens.push(new Token(T_PUNCT, text.charAt(i))); i++; continue; }
      if (c === 34) {
        var parts = [], start = ++i;
        for (;;) {
          var d = text.charCodeAt(i);
          if (d === 34) break;
          if (d === 92) {
            parts.push(text.substring(start, i));
            var e = text.charAt(i + 1);
            parts.push(e === "n" ? "\n" : e === "t" ? "\t" : e);
            i += 2; start = i;
          } else i++;
        }
        parts.push(text.substring(start, i)); i++;
        tokens.push(new Token(T_STRING, parts.join("")));
        continue;
      }
      if (c === 45 || (c >= 48 && c <= 57)) {
        var s0 = i; i++;
        while (i < n) { var f = text.charCodeAt(i); if ((f >= 48 && f <= 57) || f === 46 || f === 101 || f === 69 || f === 43 || f === 45) i++; else break; }
        tokens.push(new Token(T_NUMBER, parseFloat(text.substring(s0, i))));
        continue;
      }
      var w0 = i;
      while (i < n && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
      if (i === w0) throw new Error("unexpected character " + text.charAt(i));
      tokens.push(new Token(T_WORD, text.substring(w0, i)));
    }
    return tokens;
  }

  function Parser(tokens) { this.tokens = tokens; this.pos = 0; }
  Parser.prototype.expect = function (p) {
    var t = this.tokens[this.pos++];
    if (t.type !== T_PUNCT || t.value !== p) throw new Error("expected " + p);
  };
  Parser.prototype.value = function () {
    var t = this.tokens[this.pos++];
    switch (t.type) {
      case T_NUMBER: case T_STRING: return t.value;
      case T_WORD: if (t.value === "null") return null; if (t.value === "true") return true; if (t.value === "false") return false; throw new Error("bad word " + t.value);
    }
    if (t.value === "[") {
      var a = [];
      if (this.tokens[this.pos].value === "]") { this.pos++; return a; }
      for (;;) { a.push(this.value()); var sep = this.tokens[this.pos++].value; if (sep === "]") return a; if (sep !== ",") throw new Error("bad array"); }
    }
    if (t.value === "{") {
      var o = {};
      if (this.tokens[this.pos].value === "}") { this.pos++; return o; }
      for (;;) {
        var key = this.tokens[this.pos++];
        if (key.type !== T_STRING) throw new Error("bad key");
        this.expect(":");
        o[key.value] = this.value();
        var sep2 = this.tokens[this.pos++].value;
        if (sep2 === "}") return o;
        if (sep2 !== ",") throw new Error("bad object");
      }
    }
    throw new Error("unexpected token " + t.value);
  };

  function same(a, b) {
    if (a === b) return true;
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    var ka = Object.keys(a), kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (var i = 0; i < ka.length; i++) { if (ka[i] !== kb[i] || !same(a[ka[i]], b[kb[i]])) return false; }
    return true;
  }

  var doc, text;
  var EXPECTED = { // recorded with node
    15: {"tokens":36888,"length":133369,"roundTrip":true,"same":true,"builtin":true},
    1: {"tokens":3730,"length":13595,"roundTrip":true,"same":true,"builtin":true}
  };
  benchmark({
    name: "json",
    iterations: 10,
    size: 15,
    smokeSize: 1,
    setup: function (size) {
      var rng = makeRandom(2024), items = [];
      for (var i = 0; i < 40 * size; i++) items.push(generate(rng, 5));
      doc = { items: items, count: items.length };
      var out = []; serialize(doc, out); text = out.join("");
    },
    run: function (size) {
      var tokens = tokenize(text);
      var parsed = new Parser(tokens).value();
      var out = []; serialize(parsed, out);
      var again = out.join("");
      return { tokens: tokens.length, length: text.length, roundTrip: again === text, same: same(parsed, doc), builtin: same(JSON.parse(text), parsed) };
    },
    check: function (r, size) { return r.roundTrip && r.same && r.builtin && expectFor(EXPECTED, size, r); }
  });
})();
