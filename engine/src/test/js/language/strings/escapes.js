// String escape sequences.
console.log("a\tb".length, "a\nb".split("\n").length); // expect: 3 2
console.log("\x41\u0042\u{43}"); // expect: ABC
console.log("\u{1F600}".length); // expect: 2
console.log('\'' + "\"" + "\\"); // expect: '"\
console.log("\0".charCodeAt(0), "\b".charCodeAt(0), "\f".charCodeAt(0), "\v".charCodeAt(0), "\r".charCodeAt(0)); // expect: 0 8 12 11 13
console.log("a\
b"); // expect: ab
console.log("\q\d"); // expect: qd
console.log("\101"); // expect: A
console.log(JSON.stringify("a\nb\t\"c\"\u0001")); // expect: "a\nb\t\"c\"\u0001"
console.log("\u2028".length); // expect: 1
