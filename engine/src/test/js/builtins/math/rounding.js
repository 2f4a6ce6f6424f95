const show = (x) => Object.is(x, -0) ? '-0' : '' + x;
console.log(show(Math.round(-0.5)), show(Math.round(-0.4)), show(Math.round(0.5)), show(Math.round(2.5)), show(Math.round(-2.5)), show(Math.round(-2.6)));
console.log(show(Math.round(0.49999999999999994)), show(Math.round(-0)), show(Math.round(9007199254740991)), show(Math.round(-4503599627370495.5)));
console.log(show(Math.floor(-0.5)), show(Math.ceil(-0.5)), show(Math.trunc(-0.9)), show(Math.trunc(4.7)), show(Math.floor(-1.1)), show(Math.ceil(1.1)));
console.log(show(Math.sign(-3)), show(Math.sign(-0)), show(Math.sign(0)), show(Math.sign(NaN)), show(Math.sign('5')));
console.log(Math.round('2.5'), Math.round(null), Math.round(undefined), Math.round(Infinity));

// expect: -0 -0 1 3 -2 -3
// expect: 0 -0 9007199254740991 -4503599627370495
// expect: -1 -0 -0 4 -2 2
// expect: -1 -0 0 NaN 1
// expect: 3 0 NaN Infinity
