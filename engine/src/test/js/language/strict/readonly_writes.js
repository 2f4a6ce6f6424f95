'use strict';
// Strict mode: writes to read-only, getter-only, frozen and non-extensible targets throw TypeError.
var o = Object.defineProperty({}, "ro", { value: 1 });
function kind(f) { try { f(); return "ok"; } catch (e) { return e.name; } }
console.log(kind(() => { o.ro = 2; }), kind(() => { ({ get g() { return 1; } }).g = 2; })); // expect: TypeError TypeError
console.log(kind(() => { Object.freeze([1]).push(2); }), kind(() => { Object.preventExtensions({}).x = 1; })); // expect: TypeError TypeError
console.log(kind(() => { delete Object.prototype; }), kind(() => { "abc".length = 1; })); // expect: TypeError TypeError
console.log(kind(() => { undefined = 1; }), kind(() => { NaN = 1; }), kind(() => { Infinity = 0; })); // expect: TypeError TypeError TypeError
console.log(kind(() => { (1).x = 1; })); // expect: TypeError
