console.log("a,b,,c".split(",").length, "a,b,c".split(",", 2).join("|"), "abc".split("").join("|"), "abc".split().length, "abc".split(undefined, 0).length);
console.log("".split(",").length, "".split("").length, "a--b--c".split("--").join("|"), "abc".split("abc").length, "abc".split("", 2).join("|"));
console.log("😀a".split("").length, "a b".split(" ", -1).length, "a1b".split(1).join("|"));
// expect: 4 a|b a|b|c 1 0
// expect: 1 0 a|b|c 2 a|b
// expect: 3 2 a|b
