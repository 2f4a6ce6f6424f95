console.log(Number.isFinite(1), Number.isFinite('1'), Number.isFinite(Infinity), Number.isFinite(NaN), isFinite('1'), isFinite('x'));
console.log(Number.isNaN(NaN), Number.isNaN('NaN'), isNaN('NaN'), isNaN(undefined), isNaN(null), isNaN(''));
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'), Number.isInteger(-0), Number.isInteger(Infinity));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(-(2 ** 53 - 1)), Number.isSafeInteger(1.5), Number.isSafeInteger(1e300));

// expect: true false false false true false
// expect: true false true true false false
// expect: true true false false true false
// expect: true false true false false
