console.log(/^.$/u.test("😀"), /\u{1F600}/u.test("😀"), /\uD83D\uDE00/u.test("😀"), /\uD83D\uDE00/.test("😀"), /[😀]/u.test("😀"));
console.log(/\p{Lu}/u.test("Ä"), /\p{L}+/u.exec("héllo wörld")[0], /\P{L}/u.test("a"), /\p{Script=Greek}/u.test("α"), /\p{sc=Latin}/u.test("α"));
console.log(/\p{Letter}/u.test("ж"), /\p{Nd}/u.test("٣"), /\p{Any}/u.test("\n"), /\p{ASCII}/u.test("é"), /\p{White_Space}/u.test("\u3000"), /\p{Uppercase_Letter}/u.test("a"));
console.log("😀😀".match(/(?:)/gu).length, "😀😀".replace(/(?:)/gu, "-"), "a😀".split(/(?:)/u).length);
var u = /./gu;
u.lastIndex = 0;
u.exec("😀x");
console.log(u.lastIndex);
// expect: true true true true true
// expect: true héllo false true false
// expect: true true true false true false
// expect: 3 -😀-😀- 2
// expect: 2
