// NaN is unequal to everything including itself, and propagates.
var n = NaN;
console.log(n === n, n == n, n !== n); // expect: false false true
console.log(Object.is(n, NaN)); // expect: true
console.log(isNaN("abc"), Number.isNaN("abc")); // expect: true false
console.log(0 / 0); // expect: NaN
console.log(Infinity - Infinity); // expect: NaN
console.log(Infinity * 0); // expect: NaN
console.log(NaN + 1, NaN ** 0); // expect: NaN 1
console.log(NaN < 1, NaN > 1, NaN <= NaN); // expect: false false false
console.log([NaN].indexOf(NaN), [NaN].includes(NaN)); // expect: -1 true
console.log(Number("12px"), Number(""), Number(" 12 ")); // expect: NaN 0 12
console.log(NaN | 0, ~~NaN); // expect: 0 0
console.log(typeof NaN); // expect: number
