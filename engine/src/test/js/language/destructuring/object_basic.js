// Object destructuring: renaming, defaults, nesting, rest.
var { a, b: renamed, c = "dflt", d: { e } = { e: "nested dflt" }, ...rest } = { a: 1, b: 2, x: 8, y: 9 };
console.log(a, renamed, c, e, JSON.stringify(rest)); // expect: 1 2 dflt nested dflt {"x":8,"y":9}
var { length } = "hello";
console.log(length); // expect: 5
var { toFixed } = 1;
console.log(typeof toFixed); // expect: function
var { ["comp" + "uted"]: cv } = { computed: "C" };
console.log(cv); // expect: C
var { 0: first, 1: second } = ["x", "y"];
console.log(first, second); // expect: x y
const { p: { q: { r } } } = { p: { q: { r: "deep" } } };
console.log(r); // expect: deep
