var y = /foo/y;
console.log(y.test("foofoo"), y.lastIndex, y.test("foofoo"), y.lastIndex, y.test("foofoo"), y.lastIndex);
y.lastIndex = 1;
console.log(y.test("foofoo"), y.lastIndex);
var anchored = /^b/y;
anchored.lastIndex = 1;
console.log(anchored.test("ab"), /^b/my.exec("a\nb") === null);
var tok = /\s*(\d+|[+*])/y, src = "1 + 22 * 3", out = [], t;
while ((t = tok.exec(src))) out.push(t[1]);
console.log(out.join("|"));
console.log("a-b-c".split(/-/y).join("|"), "xaxa".replace(/a/y, "!"), "axa".replace(/a/gy, "!"));
// expect: true 3 true 6 false 0
// expect: false 0
// expect: false true
// expect: 1|+|22|*|3
// expect: a|b|c xaxa !xa
