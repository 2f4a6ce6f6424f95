var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a.join(), a.length, 3 in a);
a.length = 4;
console.log(a.length, a.join("|"), 3 in a);
var b = [];
b[10] = 1;
console.log(b.length, b.indexOf(1), b.filter(x => true).length);
try { a.length = -1; } catch (e) { console.log(e.name, e.message); }
var c = [1, 2, 3];
c.splice(1);
console.log(c.length);
// expect: 1,2 2 false
// expect: 4 1|2|| false
// expect: 11 10 1
// expect: RangeError Invalid array length
// expect: 1
