console.log("a1b22c333".match(/\d+/g).join("|"), "abc".match(/x/g), "abc".match(/b/).index, "abc".match(/(?:)/g).length);
console.log("abc".match("b")[0], "a.c".match(".")[0], "abc".match()[0] === "", "abc".match(null), "nullx".match(null)[0]);
var m = "2020-03".match(/(\d+)-(\d+)/);
console.log(m.slice(1).join(","), m.index);
// expect: 1|22|333 null 1 4
// expect: b a true null null
// expect: 2020,03 0
