// ?? only falls back on null/undefined and short-circuits.
console.log(null ?? "d", undefined ?? "d", 0 ?? "d", "" ?? "d", false ?? "d", NaN ?? "d"); // expect: d d 0  false NaN
var calls = 0;
function f() { calls++; return "f"; }
console.log(1 ?? f(), calls); // expect: 1 0
console.log(null ?? f(), calls); // expect: f 1
console.log((null || undefined) ?? "x"); // expect: x
console.log(null ?? undefined ?? 0 ?? 5); // expect: 0
var o = {};
console.log(o.missing ?? "none"); // expect: none
