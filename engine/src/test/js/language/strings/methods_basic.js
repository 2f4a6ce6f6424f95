// Common String.prototype methods.
var s = "Hello, World";
console.log(s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("z")); // expect: 4 8 -1
console.log(s.slice(-5), s.slice(7, -1), s.substring(5, 0)); // expect: World Worl Hello
console.log(s.substr(-5, 3)); // expect: Wor
console.log(s.toUpperCase(), s.toLowerCase()); // expect: HELLO, WORLD hello, world
console.log(s.split(", ").join("|"), "a,b,,c".split(",").length); // expect: Hello|World 4
console.log("abc".split("").join("-"), "abc".split().length); // expect: a-b-c 1
console.log("  x ".trim() + "|", " x".trimStart(), "x ".trimEnd() + "|"); // expect: x| x x|
console.log("ab".repeat(3), "5".padStart(3, "0"), "5".padEnd(3, "*")); // expect: ababab 005 5**
console.log(s.startsWith("Hell"), s.endsWith("ld"), s.includes(", ")); // expect: true true true
console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "b")); // expect: baa bbb
console.log("abc".at(-1), "abc".charAt(5) === "", "abc"[1]); // expect: c true b
console.log("a-b-c".split("-", 2).join()); // expect: a,b
