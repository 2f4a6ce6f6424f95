const show = (x) => Object.is(x, -0) ? '-0' : '' + x;
console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(1, NaN, 3), Math.min('1', '-1'));
console.log(show(Math.max(-0, 0)), show(Math.max(0, -0)), show(Math.min(0, -0)), show(Math.min(-0, 0)));
let calls = 0;
const v = { valueOf() { calls++; return 1; } };
console.log(Math.max(NaN, v, v), calls);
console.log(Math.max.length, Math.min.length, Math.max(undefined), Math.max(null, -1), Math.max(true));

// expect: -Infinity Infinity 3 1 NaN -1
// expect: 0 0 -0 -0
// expect: NaN 2
// expect: 2 2 NaN 0 1
