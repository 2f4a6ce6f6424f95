// Shift counts are masked to 5 bits; >>> always yields a non-negative result.
console.log(1 << 31 >>> 0, 1 << 32, 1 << 35, -1 >> 40); // expect: 2147483648 1 8 -1
console.log(-8 >>> 1, -8 >> 1, 8 >>> 0); // expect: 2147483644 -4 8
console.log(0x80000000 >> 31, 0x80000000 >>> 31); // expect: -1 1
console.log((-1 >>> 0).toString(16), (~0 >>> 0) === 4294967295); // expect: ffffffff true
console.log(2.9 << 1, -2.9 >> 0, "8" >> "1"); // expect: 4 -2 4
