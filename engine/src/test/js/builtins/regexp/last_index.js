var g = /a/g;
var s = "aXa";
console.log(g.exec(s).index, g.lastIndex, g.exec(s).index, g.lastIndex, g.exec(s), g.lastIndex);
var plain = /a/;
plain.lastIndex = 2;
console.log(plain.exec("aaa").index, plain.lastIndex);
g.lastIndex = 10;
console.log(g.test("aaa"), g.lastIndex);
g.lastIndex = "1";
console.log(g.exec("aaa").index, g.lastIndex);
g.lastIndex = -5;
console.log(g.exec("aaa").index, g.lastIndex);
var empty = /(?:)/g;
console.log(empty.exec("ab").index, empty.lastIndex, empty.exec("ab").index, empty.lastIndex);
var frozenLike = /a/g;
Object.defineProperty(frozenLike, "lastIndex", { writable: false });
try { frozenLike.exec("b"); } catch (e) { console.log(e.name); }
// expect: 0 1 2 3 null 0
// expect: 0 2
// expect: false 0
// expect: 1 2
// expect: 0 1
// expect: 0 0 0 0
// expect: TypeError
