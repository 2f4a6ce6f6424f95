var like = { length: 2, 0: "x", 1: "y" };
like[Symbol.isConcatSpreadable] = true;
console.log([0].concat(like).join());
var arr = [1, 2];
arr[Symbol.isConcatSpreadable] = false;
var r = [0].concat(arr);
console.log(r.length, r[1] === arr);
// expect: 0,x,y
// expect: 2 true
