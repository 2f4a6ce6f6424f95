var a = [1, 2, 3, 4];
console.log(a.reverse() === a, a.join(), [1, 2, 3].reverse().join(), [].reverse().length);
var h = [1, , 3, , ];
h.reverse();
console.log(h.length, 0 in h, 1 in h, 2 in h, 3 in h, h.join());
var like = { length: 3, 0: "a", 2: "c", reverse: Array.prototype.reverse };
like.reverse();
console.log(like[0], 1 in like, like[2]);
console.log([1, 2, 3].toReversed().join(), [1, , 3].toReversed().length, 1 in [1, , 3].toReversed());
// expect: true 4,3,2,1 3,2,1 0
// expect: 4 false true false true ,3,,1
// expect: c false a
// expect: 3,2,1 3 true
