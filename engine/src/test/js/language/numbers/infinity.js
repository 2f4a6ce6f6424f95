// Infinity arithmetic and overflow of large doubles.
console.log(1 / 0, -1 / 0); // expect: Infinity -Infinity
console.log(Number.MAX_VALUE * 2); // expect: Infinity
console.log(-Number.MAX_VALUE * 2); // expect: -Infinity
console.log(Infinity + 1 === Infinity); // expect: true
console.log(Infinity / Infinity); // expect: NaN
console.log(1 / Infinity, Object.is(-1 / Infinity, -0)); // expect: 0 true
console.log(Number.MAX_VALUE); // expect: 1.7976931348623157e+308
console.log(Number.MIN_VALUE); // expect: 5e-324
console.log(Number.MIN_VALUE / 2); // expect: 0
console.log(1e308 * 10); // expect: Infinity
console.log(Infinity | 0, Infinity >>> 0); // expect: 0 0
console.log(isFinite(Infinity), isFinite("12")); // expect: false true
console.log(Number.isFinite("12")); // expect: false
console.log(Number("Infinity"), Number("-Infinity")); // expect: Infinity -Infinity
