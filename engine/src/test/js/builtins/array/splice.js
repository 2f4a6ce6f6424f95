var a = [0, 1, 2, 3, 4, 5];
console.log(a.splice(1, 2).join(), a.join());
console.log(a.splice(-2).join(), a.join());
console.log(a.splice(1, 0, "x", "y").length, a.join());
console.log(a.splice(0, 100, "z").join(), a.join());
var b = [1, 2, 3];
console.log(b.splice().length, b.join(), b.splice(undefined).join(), b.length);
var c = [1, 2, 3, 4];
console.log(c.splice(1, -5).length, c.splice(2, Infinity).join(), c.join());
var h = [1, , 3, , 5];
var removed = h.splice(1, 2);
console.log(removed.length, 0 in removed, h.length, 1 in h, h.join());
var d = [1, 2, 3];
d.splice(1, 1, "a", "b", "c");
console.log(d.join(), d.length);
// expect: 1,2 0,3,4,5
// expect: 4,5 0,3
// expect: 0 0,x,y,3
// expect: 0,x,y,3 z
// expect: 0 1,2,3 1,2,3 0
// expect: 0 3,4 1,2
// expect: 2 false 3 false 1,,5
// expect: 1,a,b,c,3 5
