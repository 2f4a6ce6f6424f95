var a = [1, 2, 3];
console.log(a.shift(), a.join(), a.unshift(7, 8), a.join(), a.length);
var h = [1, , 3];
h.shift();
console.log(h.length, 0 in h, h[1]);
var u = [, 2];
u.unshift(0);
console.log(u.length, 1 in u, u.join());
console.log([].shift(), [].unshift());
var like = { length: 2, 0: "a", 1: "b", shift: Array.prototype.shift };
console.log(like.shift(), like.length, like[0], 1 in like);
// expect: 1 2,3 4 7,8,2,3 4
// expect: 2 false 3
// expect: 3 false 0,,2
// expect: undefined 0
// expect: a 1 b false
