var a = [1, 2];
var b = a.concat(3, [4, [5]], "s");
console.log(b.length, b.join("|"), String(b[4]), a.length);
var holes = [1, , 3].concat([, 5]);
console.log(holes.length, 1 in holes, 3 in holes, holes.join());
var like = { length: 2, 0: "x", 1: "y" };
console.log([].concat(like).length);
var concatOn = { concat: Array.prototype.concat };
var r = concatOn.concat(1);
console.log(r.length, r[1], typeof r[0]);
// expect: 6 1|2|3|4|5|s 5 2
// expect: 5 false false 1,,3,,5
// expect: 1
// expect: 2 1 object
