// ** operator: right associativity and special values.
console.log(2 ** 10); // expect: 1024
console.log(2 ** 3 ** 2); // expect: 512
console.log((2 ** 3) ** 2); // expect: 64
console.log(2 ** -1); // expect: 0.5
console.log((-2) ** 3, (-2) ** 2); // expect: -8 4
console.log(NaN ** 0, 1 ** NaN); // expect: 1 NaN
console.log(1 ** Infinity); // expect: NaN
console.log(0 ** 0, 0 ** -1); // expect: 1 Infinity
console.log((-8) ** (1 / 3)); // expect: NaN
console.log(Object.is((-0) ** 3, -0)); // expect: true
var x = 3; x **= 2;
console.log(x); // expect: 9
console.log(2 ** 0.5); // expect: 1.4142135623730951
console.log(Math.pow(2, 31)); // expect: 2147483648
console.log(10 ** 21); // expect: 1e+21
