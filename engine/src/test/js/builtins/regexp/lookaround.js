console.log("price: $42, €7".match(/(?<=\$)\d+/)[0], "abc".replace(/(?<!a)c/, "X"), "abc".replace(/(?<!b)c/, "X"), /a(?=b)/.exec("ab")[0], /a(?!b)/.test("ab"));
console.log("1234567".replace(/\B(?=(\d{3})+(?!\d))/g, ","), /(?<=^|,)x/.test("a,x"));
var g = /(?<=a)b/g;
g.lastIndex = 1;
console.log(g.exec("ab").index);
// expect: 42 abX abc a false
// expect: 1,234,567 true
// expect: 1
