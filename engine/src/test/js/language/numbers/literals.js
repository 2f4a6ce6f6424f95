// Numeric literal forms: hex, octal, binary, exponent, separators.
console.log(0xFF, 0o17, 0b1010); // expect: 255 15 10
console.log(1_000_000); // expect: 1000000
console.log(1e3, 1E-3, .5, 5.); // expect: 1000 0.001 0.5 5
console.log(0.1e2); // expect: 10
console.log(017, 019); // expect: 15 19
console.log(0xffffffff); // expect: 4294967295
console.log(0x1fffffffffffff); // expect: 9007199254740991
console.log(1..toString()); // expect: 1
console.log(2 .toString(2)); // expect: 10
