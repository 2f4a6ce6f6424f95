// Bitwise operators convert operands with ToInt32 / ToUint32.
console.log(2147483648 | 0); // expect: -2147483648
console.log(4294967296 | 0); // expect: 0
console.log(4294967297 | 0); // expect: 1
console.log(-1 >>> 0); // expect: 4294967295
console.log(-1 >>> 28); // expect: 15
console.log(-16 >> 2); // expect: -4
console.log(1 << 31); // expect: -2147483648
console.log(1 << 32); // expect: 1
console.log(1 << 33); // expect: 2
console.log(1.9 | 0, -1.9 | 0); // expect: 1 -1
console.log(~5, ~-1, ~~3.7); // expect: -6 0 3
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f); // expect: 15 255 240
console.log(1e21 | 0); // expect: -559939584
console.log("12" | 0, "0x10" | 0, "abc" | 0); // expect: 12 16 0
console.log((2 ** 53 + 2) | 0); // expect: 2
console.log(-2147483649 | 0); // expect: 2147483647
console.log(3000000000 >> 0, 3000000000 >>> 0); // expect: -1294967296 3000000000
console.log(5 >>> -1); // expect: 0
console.log(1 << -1); // expect: -2147483648
console.log(null | 0, undefined | 0, true | 0); // expect: 0 0 1
