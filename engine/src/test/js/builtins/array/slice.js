var a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3).join(), a.slice(-2).join(), a.slice(2, -1).join(), a.slice().join(), a.slice(4, 2).length);
console.log(a.slice(-100, 100).length, a.slice(NaN).length, a.slice(1.7).join());
var h = [1, , 3].slice(0, 3);
console.log(h.length, 1 in h);
var like = { length: 3, 0: "a", 2: "c", slice: Array.prototype.slice };
var s = like.slice(1);
console.log(s.length, 0 in s, s[1]);
var str = { slice: Array.prototype.slice, length: 2, 0: "p", 1: "q" };
console.log(str.slice().join(""));
// expect: 2,3 4,5 3,4 1,2,3,4,5 0
// expect: 5 5 2,3,4,5
// expect: 3 false
// expect: 2 false c
// expect: pq
