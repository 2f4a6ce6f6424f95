// Sparse arrays: assigning a far index sets length without materializing elements.
var a = [];
a[1e6] = 1;
console.log(a.length, Object.keys(a).length, a[500]); // expect: 1000001 1 undefined
var count = 0; a.forEach(() => count++);
console.log(count); // expect: 1
a[5] = "five";
console.log(Object.keys(a).join()); // expect: 5,1000000
a.length = 6;
console.log(a.length, Object.keys(a).join()); // expect: 6 5
var s = [];
s[2 ** 31] = "x";
console.log(s.length, Object.keys(s).join()); // expect: 2147483649 2147483648
