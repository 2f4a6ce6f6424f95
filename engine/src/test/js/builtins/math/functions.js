const r = (x) => Math.round(x * 1e12) / 1e12;
console.log(Math.abs(-5), Math.abs('-1'), Math.abs(null), Math.abs(), Math.sqrt(16), Math.sqrt(-1), Math.cbrt(27), Math.cbrt(-8));
console.log(Math.pow(2, 10), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-8, 1 / 3), 2 ** -1, Math.pow(0, -1), Math.pow(-0, -1));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(-3), Math.hypot(1, 2, 2), Math.hypot(3, 4, '12'));
console.log(Math.log2(8), Math.log2(1024), Math.log10(1000), Math.log10(0.001), Math.log(Math.E), Math.log(0), Math.log(-1));
console.log(r(Math.expm1(1e-10) * 1e10), Math.expm1(0), Math.log1p(0), Math.log1p(-1), Math.exp(0), Math.exp(-Infinity));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0.5));
console.log(r(Math.sin(Math.PI / 2)), r(Math.cos(0)), r(Math.tan(0)), r(Math.atan2(1, 1) * 4), Math.atan2(0, -0), Math.atan2(-0, 0));
console.log(r(Math.sinh(1)), r(Math.cosh(1)), r(Math.tanh(1)), Math.tanh(Infinity), r(Math.asinh(1)), r(Math.acosh(2)), r(Math.atanh(0.5)));
console.log(Math.acosh(0.5), Math.atanh(1), Math.atanh(-1), Object.is(Math.asinh(-0), -0), Object.is(Math.atanh(-0), -0));
console.log(r(Math.asin(1)), r(Math.acos(-1)), r(Math.atan(Infinity)), Math.asin(2));

// expect: 5 1 0 NaN 4 NaN 3 -2
// expect: 1024 1 NaN NaN 0.5 Infinity -Infinity
// expect: 5 0 Infinity 3 3 13
// expect: 3 10 3 -3 1 -Infinity NaN
// expect: 1.00000000005 0 0 -Infinity 1 0
// expect: 5.5 5.050000190734863 Infinity 0
// expect: 12 -5 -2 31 32 0 32
// expect: 1 1 0 3.14159265359 3.141592653589793 -0
// expect: 1.175201193644 1.543080634815 0.761594155956 1 0.88137358702 1.316957896925 0.549306144334
// expect: NaN Infinity -Infinity true true
// expect: 1.570796326795 3.14159265359 1.570796326795 NaN
