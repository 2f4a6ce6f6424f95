// Strings compare by UTF-16 code units, lexicographically.
console.log("a" < "b", "B" < "a", "a" < "B"); // expect: true true false
console.log("10" < "9", 10 < 9, "10" < 9); // expect: true false false
console.log("abc" < "abcd", "" < "a"); // expect: true true
console.log("\uFFFF" < "\u{10000}"); // expect: false
console.log("a" == "a", "a" === new String("a").valueOf()); // expect: true true
console.log(new String("a") == new String("a")); // expect: false
console.log(new String("a") == "a"); // expect: true
console.log("Z".localeCompare("a") !== 0); // expect: true
console.log(["b", "a", "C", "B"].sort().join("")); // expect: BCab
console.log("abc" > "ab" && "b" > "abc"); // expect: true
