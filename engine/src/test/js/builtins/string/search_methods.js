var s = "hello world hello";
console.log(s.indexOf("hello"), s.indexOf("hello", 1), s.indexOf(""), s.indexOf("", 100), s.indexOf("x"), s.indexOf("o", -5));
console.log(s.lastIndexOf("hello"), s.lastIndexOf("hello", 11), s.lastIndexOf("o", 0), s.lastIndexOf(""), s.lastIndexOf("h", NaN));
console.log(s.includes("world"), s.includes("world", 7), s.startsWith("hello"), s.startsWith("world", 6), s.endsWith("hello"), s.endsWith("world", 11));
console.log("abc".includes(""), "".startsWith(""), "abc".endsWith("", -1), "undefined".includes(), "null".startsWith(null));
// expect: 0 12 0 17 -1 4
// expect: 12 0 -1 17 12
// expect: true false true true true true
// expect: true true true true true
