console.log("a1b2c3".split(/\d/).join("|"), "a1b2c3".split(/(\d)/).join("|"), "a, b ,c".split(/\s*,\s*/).join("|"));
console.log("abc".split(/(?:)/).join("|"), "".split(/x/).length, "".split(/(?:)/).length, "abc".split(/b/, 1).join("|"), "a1b2".split(/(\d)/, 2).join("|"));
console.log("test".split(/(t)?/).map(String).join("|"), "A<B>bold</B>and<CODE>coded</CODE>".split(/<(\/)?([^<>]+)>/).length);
console.log("a\nb\r\nc".split(/\r?\n/).join("|"), "..a..".split(/\./).length);
// expect: a|b|c| a|1|b|2|c|3| a|b|c
// expect: a|b|c 1 0 a a|1
// expect: |t|e|undefined|s|t| 13
// expect: a|b|c 5
