// <, >, <=, >= with numbers, strings, mixed and objects.
console.log(1 < 2, 2 <= 2, 3 > 4, 4 >= 4); // expect: true true false true
console.log("2" < 10, "a" < 1, "a" > 1); // expect: true false false
console.log(null < 1, null >= 0, null > 0, null == 0); // expect: true true false false
console.log(undefined < 1, undefined >= 0); // expect: false false
console.log([2] > 1, [1, 2] > 1); // expect: true false
console.log(true > false, "b" > "a"); // expect: true true
console.log(1n < 2, 2 > 1n, "1" < 2n); // expect: true true true
var order = [];
var a = { valueOf() { order.push("a"); return 1; } };
var b = { valueOf() { order.push("b"); return 2; } };
console.log(a < b, b > a); // expect: true true
console.log(order.join("")); // expect: abba
console.log(-Infinity < -1e308, Infinity > 1e308); // expect: true true
