var s = "héllo😀";
console.log(s.length, s.charAt(1), s.charAt(-1) === "", s.charAt(100) === "", s.charCodeAt(1), s.charCodeAt(99), s.codePointAt(5), s.codePointAt(6), s.codePointAt(99));
console.log(s.at(0), s.at(-1).charCodeAt(0), s.at(99), s[1], s.at("1"), "abc".at(-3), "abc".at(-4));
console.log("abc".charAt(1.9), "abc".charAt(NaN), "abc".charCodeAt());
// expect: 7 é true true 233 NaN 128512 56832 undefined
// expect: h 56832 undefined é é a undefined
// expect: b a 97
