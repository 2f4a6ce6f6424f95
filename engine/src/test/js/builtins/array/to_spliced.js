var a = [1, 2, 3, 4];
console.log(a.toSpliced(1, 2).join(), a.toSpliced(1, 0, "x").join(), a.toSpliced(-1, 1, "y", "z").join(), a.toSpliced().join(), a.toSpliced(2).join(), a.join());
var h = [1, , 3].toSpliced(0, 0);
console.log(h.length, 1 in h, h[1]);
// expect: 1,4 1,x,2,3,4 1,2,3,y,z 1,2,3,4 1,2 1,2,3,4
// expect: 3 true undefined
