console.log(Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.isNaN === isNaN);
console.log(Number.EPSILON === Math.pow(2, -52), Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2);
const d = Object.getOwnPropertyDescriptor(Number, 'EPSILON');
console.log(d.writable, d.enumerable, d.configurable);

// expect: 2.220446049250313e-16 9007199254740991 -9007199254740991
// expect: 1.7976931348623157e+308 5e-324 NaN Infinity -Infinity
// expect: true true false
// expect: true true
// expect: false false false
