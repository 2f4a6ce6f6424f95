// Default order compares strings by UTF-16 code units; undefined last, holes after them.
console.log([10, 9, 1, 100, 2].sort().join(), ["b", "a", "C", "B"].sort().join(), [true, false, null].sort().join());
var a = [3, undefined, , 1, undefined, , 2];
a.sort();
console.log(a.length, a.join("|"), 5 in a, 4 in a, 3 in a);
console.log(["\uD83D\uDE00", "\uFFFF", "a"].sort().map(s => s.charCodeAt(0)).join());
console.log([-1, -2, 0, -0.5].sort().join());
var objs = [{ toString() { return "b"; } }, { toString() { return "a"; } }];
console.log(objs.sort().join());
// expect: 1,10,100,2,9 B,C,a,b false,,true
// expect: 7 1|2|3|||| false true true
// expect: 97,55357,65535
// expect: -0.5,-1,-2,0
// expect: a,b
