console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1), (99.99).toPrecision(3));
console.log((123.456).toPrecision(), (0).toPrecision(3), (-1.5e-10).toPrecision(3), (1e21).toPrecision(3), (NaN).toPrecision(200));
console.log((123.456).toExponential(2), (0).toExponential(), (1e-10).toExponential(3), (-5e21).toExponential(), (12345).toExponential(), (1.5).toExponential(0));
console.log((Infinity).toExponential(200), (255).toExponential(10));
try { (1).toPrecision(0); } catch (e) { console.log(e.constructor.name, e.message); }
try { (1).toPrecision(101); } catch (e) { console.log(e.constructor.name, e.message); }
try { (1).toExponential(101); } catch (e) { console.log(e.constructor.name, e.message); }
try { (1).toExponential(-1); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: 123.5 0.00012 1.2e+5 2 100
// expect: 123.456 0.00 -1.50e-10 1.00e+21 NaN
// expect: 1.23e+2 0e+0 1.000e-10 -5e+21 1.2345e+4 2e+0
// expect: Infinity 2.5500000000e+2
// expect: RangeError toPrecision() argument must be between 1 and 100
// expect: RangeError toPrecision() argument must be between 1 and 100
// expect: RangeError toExponential() argument must be between 0 and 100
// expect: RangeError toExponential() argument must be between 0 and 100
