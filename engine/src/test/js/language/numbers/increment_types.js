// ++/-- convert to number; postfix returns the old numeric value.
var s = "5"; var r = s++;
console.log(r, typeof r, s); // expect: 5 number 6
var t = "abc"; t++;
console.log(t); // expect: NaN
var n = null; n++;
console.log(n); // expect: 1
var u; u++;
console.log(u); // expect: NaN
var b = true; b--;
console.log(b); // expect: 0
var d = 1.5; d++;
console.log(d); // expect: 2.5
var o = { valueOf() { return 10; } }; o++;
console.log(o); // expect: 11
var arr = [7]; arr++;
console.log(arr); // expect: 8
