// Number.prototype.toString with radix, toFixed, toPrecision, toExponential.
console.log((255).toString(16), (255).toString(2), (-255).toString(36)); // expect: ff 11111111 -73
console.log((0.5).toString(2)); // expect: 0.1
console.log((1.25).toFixed(1), (1.35).toFixed(1)); // expect: 1.3 1.4
console.log((0).toFixed(2), (123.456).toFixed(0)); // expect: 0.00 123
console.log((1e21).toFixed(2)); // expect: 1e+21
console.log((123.456).toPrecision(4), (0.00012).toPrecision(1)); // expect: 123.5 0.0001
console.log((123456).toPrecision(2)); // expect: 1.2e+5
console.log((12345).toExponential(2)); // expect: 1.23e+4
console.log((0).toExponential()); // expect: 0e+0
console.log(Number("0b101"), Number("0o17"), Number("0xff")); // expect: 5 15 255
console.log(parseInt("ff", 16), parseInt("12abc"), parseInt("  -42")); // expect: 255 12 -42
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e1")); // expect: 3.14 0.5 -5
console.log(parseInt("0x1A"), parseInt("1e3"), parseFloat("1e3")); // expect: 26 1 1000
try { (1).toString(1); } catch (e) { console.log(e instanceof RangeError); } // expect: true
