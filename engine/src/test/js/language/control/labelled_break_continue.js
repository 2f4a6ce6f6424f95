// Labelled break and continue out of nested loops.
var out = [];
outer: for (var i = 0; i < 3; i++) {
  for (var j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    out.push(i + "" + j);
  }
}
console.log(out.join(","), i); // expect: 00,10 2
var found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) for (const v of row) if (v === 4) { found = v; break search; }
console.log(found); // expect: 4
var n = 0;
loop1: while (true) { loop2: do { n++; if (n > 3) break loop1; continue loop1; } while (false); }
console.log(n); // expect: 4
a: b: for (var k = 0; k < 3; k++) { if (k === 1) continue a; if (k === 2) break b; }
console.log(k); // expect: 2
