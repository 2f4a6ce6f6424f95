var s = "a😀b";
console.log(s.length, [...s].length, s.slice(1, 2).length, s.codePointAt(1).toString(16), s.codePointAt(2).toString(16));
console.log(s.split("").length, Array.from(s).length, s.at(2) === "\uDE00", s.toUpperCase(), "\uD83D".isWellFormed(), s.isWellFormed());
console.log("a\uD800b".toWellFormed().charCodeAt(1).toString(16), s.toWellFormed() === s);
console.log(s.padEnd(5, "😀").length, "😀".repeat(2).length, s.indexOf("b"), s.lastIndexOf("\uDE00"));
// expect: 4 3 1 1f600 de00
// expect: 4 3 true A😀B false true
// expect: fffd true
// expect: 5 4 3 2
