console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8));
console.log((1e21).toString(), (123.456).toString(), (-0).toString(), (NaN).toString(16), (Infinity).toString(2));
console.log((0.1).toString(3).length > 10, (35).toString(36), (2 ** 53).toString(16), (1e-7).toString(), (123e-20).toString());
try { (1).toString(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { (1).toString(37); } catch (e) { console.log(e.constructor.name, e.message); }
console.log((10).toString(undefined), Number.prototype.toString.call(new Number(8), 2));
try { Number.prototype.toString.call('x'); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: ff 11111111 -73 0.1 3.6
// expect: 1e+21 123.456 0 NaN Infinity
// expect: true z 20000000000000 1e-7 1.23e-18
// expect: RangeError toString() radix argument must be between 2 and 36
// expect: RangeError toString() radix argument must be between 2 and 36
// expect: 10 1000
// expect: TypeError Number.prototype.toString requires that 'this' be a Number
