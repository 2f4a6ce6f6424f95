// Destructuring in for-of and for-in heads.
var pairs = [[1, "one"], [2, "two"]];
for (const [num, word] of pairs) console.log(num, word);
// expect: 1 one
// expect: 2 two
for (var { id, tags: [firstTag = "none"] } of [{ id: 1, tags: ["x"] }, { id: 2, tags: [] }]) console.log(id, firstTag);
// expect: 1 x
// expect: 2 none
var m = new Map([["k1", "v1"], ["k2", "v2"]]);
var out = [];
for (let [k, v] of m) out.push(k + "=" + v);
console.log(out.join("&")); // expect: k1=v1&k2=v2
for (const [i, ch] of [..."ab"].entries()) console.log(i, ch);
// expect: 0 a
// expect: 1 b
for (var [a, b] in { xy: 1 }) console.log(a, b); // expect: x y
