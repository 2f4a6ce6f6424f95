console.log((1.005).toFixed(2), (1.45).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((123.456).toFixed(), (0).toFixed(2), (-0).toFixed(2), (1e21).toFixed(2), (1e20).toFixed(2), (0.000001).toFixed(7));
console.log((NaN).toFixed(2), (-Infinity).toFixed(1), (12345.6789).toFixed(10), (-0.0001).toFixed(2));
try { (1).toFixed(101); } catch (e) { console.log(e.constructor.name, e.message); }
try { (1).toFixed(-1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log((1.23).toFixed(100).length);

// expect: 1.00 1.4 1 2 3 -2
// expect: 123 0.00 0.00 1e+21 100000000000000000000.00 0.0000010
// expect: NaN -Infinity 12345.6789000000 -0.00
// expect: RangeError toFixed() digits argument must be between 0 and 100
// expect: RangeError toFixed() digits argument must be between 0 and 100
// expect: 102
