// Floating-point comparison quirks and Number.EPSILON.
console.log(0.1 + 0.2 === 0.3); // expect: false
console.log(Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON); // expect: true
console.log(Number.EPSILON); // expect: 2.220446049250313e-16
console.log(0.1 + 0.7); // expect: 0.7999999999999999
console.log(1.1 * 1.1); // expect: 1.2100000000000002
console.log(3 * 1.1); // expect: 3.3000000000000003
console.log(100 * 1.1); // expect: 110.00000000000001
console.log(0.2 + 0.4); // expect: 0.6000000000000001
console.log(1 - 0.9); // expect: 0.09999999999999998
var sum = 0; for (var i = 0; i < 10; i++) sum += 0.1;
console.log(sum); // expect: 0.9999999999999999
