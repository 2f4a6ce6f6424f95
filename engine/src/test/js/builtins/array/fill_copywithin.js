console.log([1, 2, 3, 4].fill(0).join(), [1, 2, 3, 4].fill(9, 1, 3).join(), [1, 2, 3, 4].fill(7, -2).join(), Array(3).fill("x").join());
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join(), [1, 2, 3, 4, 5].copyWithin(1, 0).join(), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2).join());
var h = [1, , 3, 4].copyWithin(2, 0, 2);
console.log(h.length, 3 in h, h[2]);
var like = { length: 3, fill: Array.prototype.fill };
like.fill("z");
console.log(like[0], like[2], like.length);
// expect: 0,0,0,0 1,9,9,4 1,2,7,7 x,x,x
// expect: 4,5,3,4,5 1,1,2,3,4 1,2,3,1,2
// expect: 4 false 1
// expect: z z 3
