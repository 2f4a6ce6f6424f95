// RegExp literals: flags, lastIndex with g/y, captures, named groups, lookbehind, unicode.
var re = /(\d+)-(\d+)/;
var m = re.exec("a 12-34 b");
console.log(m[0], m[1], m[2], m.index, m.length); // expect: 12-34 12 34 2 3
console.log(/a.c/s.test("a\nc"), /a.c/.test("a\nc")); // expect: true false
var g = /o/g;
console.log(g.test("foo"), g.lastIndex, g.test("foo"), g.lastIndex, g.test("foo"), g.lastIndex); // expect: true 2 true 3 false 0
var y = /a/y; y.lastIndex = 1;
console.log(y.test("ba"), y.test("ba")); // expect: true false
console.log(/(?<=\$)\d+/.exec("cost $42")[0], /\d+(?!px)/.exec("12px 34em")[0]); // expect: 42 1
console.log(/^.$/u.test("\u{1F600}"), /^.$/.test("\u{1F600}")); // expect: true false
console.log(/\bfoo\b/i.test("a FOO b"), String(/x\/y/gi), /[/]/.source); // expect: true /x\/y/gi [/]
console.log(new RegExp("a+", "g").flags, RegExp("\\d").test("5")); // expect: g true
console.log("aaa".replace(/a*?/g, "-")); // expect: -a-a-a-
console.log(/(a)|(b)/.exec("b")[1], /(a)?b/.exec("b").length); // expect: undefined 2
