var s = "aXbXc";
console.log(s.replace("X", "-"), s.replaceAll("X", "-"), s.replace("Q", "-"), s.replace("", "_"), s.replaceAll("", "_"));
console.log("abc".replace("b", "[$&]"), "abc".replace("b", "[$`|$']"), "abc".replace("b", "$$"), "abc".replace("b", "$1"), "abc".replace("b", "$<x>"));
console.log("abc".replace("b", function (m, off, str) { return m.toUpperCase() + off + str.length; }));
var offs = [];
"aaa".replaceAll("a", function (m, off) { offs.push(off); return "b"; });
console.log(offs.join());
console.log("xxx".replaceAll("xx", "y"), "abc".replace(undefined, "z"), "undefined".replace(undefined, "z"));
// expect: a-bXc a-b-c aXbXc _aXbXc _a_X_b_X_c_
// expect: a[b]c a[a|c]c a$c a$1c a$<x>c
// expect: aB13c
// expect: 0,1,2
// expect: yx abc z
