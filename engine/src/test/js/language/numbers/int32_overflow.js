// Arithmetic past the int32 range must overflow into doubles, not wrap.
var max = 2147483647;
console.log(max + 1); // expect: 2147483648
console.log(-max - 2); // expect: -2147483649
console.log(max * 2); // expect: 4294967294
console.log(65536 * 65536); // expect: 4294967296
var x = max; x++;
console.log(x); // expect: 2147483648
var y = -2147483648; y--;
console.log(y); // expect: -2147483649
console.log(-(-2147483648)); // expect: 2147483648
console.log(46341 * 46341); // expect: 2147488281
var s = 0;
for (var i = 0; i < 100; i++) s += 100000000;
console.log(s); // expect: 10000000000
