console.log([1, [2, [3]]].join(), [null, undefined, 1].join("-"), [, ,].join(), [1, 2].join(undefined), [1, 2].join(""), [].join());
console.log(String([1, 2]), [1, 2].toString(), String([[]]), String([null]), [1.5, -0, 1e21].join(" "));
var cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join(), String(cyc));
var like = { length: 2, 0: "a", 1: "b", join: Array.prototype.join };
console.log(like.join("+"));
var noJoin = { toString: Array.prototype.toString };
console.log(noJoin.toString());
console.log([1, "a", {}].toLocaleString());
// expect: 1,2,3 --1 , 1,2 12 
// expect: 1,2 1,2   1.5 0 1e+21
// expect: 1,2, 1,2,
// expect: a+b
// expect: [object Object]
// expect: 1,a,[object Object]
