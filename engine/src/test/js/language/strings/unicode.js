// Strings are UTF-16: surrogate pairs, code points, normalization-free comparison.
var s = "a\u{1F600}b";
console.log(s.length); // expect: 4
console.log(s.charCodeAt(1), s.charCodeAt(2)); // expect: 55357 56832
console.log(s.codePointAt(1), s.codePointAt(2)); // expect: 128512 56832
console.log([...s].length); // expect: 3
console.log(Array.from(s).map(c => c.length).join(",")); // expect: 1,2,1
console.log(String.fromCharCode(72, 105), String.fromCodePoint(0x1F600).length); // expect: Hi 2
console.log("é" === "e\u0301", "é".normalize("NFD") === "e\u0301"); // expect: false true
console.log("ß".toUpperCase(), "İ".toLowerCase().length); // expect: SS 2
console.log("\u00e9".charCodeAt(0)); // expect: 233
var count = 0; for (var c of "x\u{10000}y") count++;
console.log(count); // expect: 3
console.log("\uD800".length, "\uD800x".codePointAt(0)); // expect: 1 55296
