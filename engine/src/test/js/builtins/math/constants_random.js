console.log(Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
console.log(Object.prototype.toString.call(Math), typeof Math, Math[Symbol.toStringTag]);
let ok = true;
for (let i = 0; i < 1000; i++) { const x = Math.random(); if (!(x >= 0 && x < 1)) ok = false; }
console.log(ok, Math.random.length, typeof Math.random());
try { new Math.max(); } catch (e) { console.log(e.constructor.name); }
const d = Object.getOwnPropertyDescriptor(Math, 'PI');
console.log(d.writable, d.configurable, Object.keys(Math).length);

// expect: 2.718281828459045 2.302585092994046 0.6931471805599453 0.4342944819032518 1.4426950408889634 3.141592653589793 0.7071067811865476 1.4142135623730951
// expect: [object Math] object Math
// expect: true 0 number
// expect: TypeError
// expect: false false 0
