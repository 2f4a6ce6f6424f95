// Spread in array literals: copies, concatenation, holes become undefined.
var a = [1, 2], b = [3];
var c = [0, ...a, ...b, 4];
console.log(c.join(), c.length); // expect: 0,1,2,3,4 5
var copy = [...a]; copy.push(9);
console.log(a.length, copy.length); // expect: 2 3
var holes = [...[1, , 3]];
console.log(1 in holes, holes.length); // expect: true 3
console.log([..."ab", ...new Map([[1, 2]])].length); // expect: 3
console.log([...new Set("aabbc")].join("")); // expect: abc
console.log([...[..."nested"]].length); // expect: 6
var arrLike = { length: 2, 0: "a", 1: "b" };
try { [...arrLike]; } catch (e) { console.log(e instanceof TypeError); } // expect: true
