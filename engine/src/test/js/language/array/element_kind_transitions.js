// Arrays transitioning from ints to doubles to strings/objects keep all values exactly.
var a = [1, 2, 3];
a.push(4.5);
console.log(a.join(), a[0] + a[3]); // expect: 1,2,3,4.5 5.5
a.push("str");
console.log(a.join(), typeof a[4]); // expect: 1,2,3,4.5,str string
a.push({ v: 1 });
console.log(a[5].v, a.length); // expect: 1 6
a[0] = 2147483648;
console.log(a[0]); // expect: 2147483648
var d = [0.5, 1.5];
d[0] = 1;
console.log(d.join(), Number.isInteger(d[0])); // expect: 1,1.5 true
var n = [1, NaN, -0, Infinity];
console.log(Object.is(n[2], -0), Number.isNaN(n[1]), n[3]); // expect: true true Infinity
var mixed = [];
for (var i = 0; i < 10; i++) mixed.push(i % 3 === 0 ? i : i % 3 === 1 ? i + 0.5 : "s" + i);
console.log(mixed.join()); // expect: 0,1.5,s2,3,4.5,s5,6,7.5,s8,9
var arr = [1, 2, 3]; arr[1] = undefined;
console.log(arr.join(), 1 in arr); // expect: 1,,3 true
