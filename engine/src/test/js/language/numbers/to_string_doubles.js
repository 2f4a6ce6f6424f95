// Number-to-string conversion of many doubles (shortest round-trip form).
console.log(0.1 + 0.2); // expect: 0.30000000000000004
console.log(1e21); // expect: 1e+21
console.log(1e20); // expect: 100000000000000000000
console.log(123456789012345680000); // expect: 123456789012345680000
console.log(1e-7); // expect: 1e-7
console.log(1e-6); // expect: 0.000001
console.log(123e-20); // expect: 1.23e-18
console.log(1.5e300); // expect: 1.5e+300
console.log(0.000001234); // expect: 0.000001234
console.log(0.0000001234); // expect: 1.234e-7
console.log(100); // expect: 100
console.log(1.0); // expect: 1
console.log(-1.5); // expect: -1.5
console.log(1 / 3); // expect: 0.3333333333333333
console.log(2 / 3); // expect: 0.6666666666666666
console.log(5e-324); // expect: 5e-324
console.log(4.35); // expect: 4.35
console.log(0.1 * 3); // expect: 0.30000000000000004
console.log(1.005 * 1000); // expect: 1004.9999999999999
console.log(2 ** 31 + 0.5); // expect: 2147483648.5
console.log(-1e-7); // expect: -1e-7
console.log(1.7976931348623157e308); // expect: 1.7976931348623157e+308
console.log(String(12345678.9)); // expect: 12345678.9
console.log(`${1e21 + 1}`); // expect: 1e+21
console.log(0.5 + ""); // expect: 0.5
console.log(9.999999999999999e20); // expect: 999999999999999900000
