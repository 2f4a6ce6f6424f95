var r = new RegExp("a+", "gi");
console.log(r.source, r.flags, r.global, r.ignoreCase, r.multiline, r.lastIndex, String(r));
var copy = new RegExp(r);
console.log(copy !== r, copy.source, copy.flags, new RegExp(r, "m").flags, RegExp(r) === r, RegExp(r, "g") === r);
console.log(new RegExp().source, new RegExp(undefined).source, new RegExp("").toString(), RegExp("/").source, new RegExp("a\nb").source, /[/]/.source);
console.log(new RegExp(123).source, new RegExp(null).source, RegExp.length, RegExp.name);
class MyRe extends RegExp { }
var m = new MyRe("x", "g");
console.log(m instanceof MyRe, m instanceof RegExp, m.test("ax"), m.lastIndex);
// expect: a+ gi true true false 0 /a+/gi
// expect: true a+ gi m true false
// expect: (?:) (?:) /(?:)/ \/ a\nb [/]
// expect: 123 null 2 RegExp
// expect: true true true 2
