// Array methods borrowed onto array-likes and strings.
var like = { length: 3, 0: "a", 1: "b", 2: "c" };
var methods = ["map", "filter", "join", "indexOf", "includes", "every", "some", "reduce", "at", "slice", "toReversed", "with", "findLast"];
methods.forEach(function (m) { like[m] = Array.prototype[m]; });
console.log(like.map(x => x.toUpperCase()).join(""), like.filter(x => x !== "b").join(""), like.join("-"), like.indexOf("c"));
console.log(like.includes("a"), like.every(x => x < "d"), like.some(x => x === "z"), like.reduce((a, b) => b + a), like.at(-1));
console.log(like.slice(1).join(""), like.toReversed().join(""), like.with(0, "z").join(""), like.findLast(x => x < "c"));
var str = new String("xyz");
str.map = Array.prototype.map;
console.log(str.map(c => c + c).join(""));
var weird = { length: "2", 0: 1, 1: 2, 2: 3, join: Array.prototype.join };
console.log(weird.join());
var neg = { length: -5, join: Array.prototype.join, push: Array.prototype.push };
console.log(neg.join() === "", neg.push("a"), neg.length);
// expect: ABC ac a-b-c 2
// expect: true true false cba c
// expect: bc cba zbc b
// expect: xxyyzz
// expect: 1,2
// expect: true 1 1
