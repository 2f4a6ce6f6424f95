var a = [];
console.log(a.push(1, 2, 3), a.join(), a.pop(), a.length, a.join());
console.log([].pop(), [].push());
var like = { length: 1, 0: "a", push: Array.prototype.push, pop: Array.prototype.pop };
console.log(like.push("b", "c"), like.length, like[2], like.pop(), like.length, 2 in like);
var noLen = { push: Array.prototype.push };
noLen.push("x");
console.log(noLen.length, noLen[0]);
var big = { length: 2 ** 53 - 1, push: Array.prototype.push };
try { big.push(1); } catch (e) { console.log(e.name); }
// expect: 3 1,2,3 3 2 1,2
// expect: undefined 0
// expect: 3 3 c c 2 false
// expect: 1 x
// expect: TypeError
