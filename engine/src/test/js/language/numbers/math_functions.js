// Core Math functions on ints, doubles and edge values.
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(2.5)); // expect: -2 -1 -1 3
console.log(Math.trunc(-4.7), Math.sign(-3), Math.sign(0)); // expect: -4 -1 0
console.log(Math.max(), Math.min()); // expect: -Infinity Infinity
console.log(Math.max(1, NaN, 3)); // expect: NaN
console.log(Math.max(3, "10", 2)); // expect: 10
console.log(Math.abs(-2147483648)); // expect: 2147483648
console.log(Math.sqrt(2), Math.sqrt(-1)); // expect: 1.4142135623730951 NaN
console.log(Math.hypot(3, 4), Math.cbrt(27)); // expect: 5 3
console.log(Math.imul(0xffffffff, 5), Math.clz32(1)); // expect: -5 31
console.log(Math.fround(5.5), Math.fround(5.05)); // expect: 5.5 5.050000190734863
console.log(Math.PI); // expect: 3.141592653589793
console.log(Math.E); // expect: 2.718281828459045
console.log(Math.log(Math.E), Math.exp(0)); // expect: 1 1
console.log(Math.atan2(1, 1) * 4); // expect: 3.141592653589793
