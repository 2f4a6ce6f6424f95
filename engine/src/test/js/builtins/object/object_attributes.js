// Attributes of properties created by different operations.
const show = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return JSON.stringify([d.writable, d.enumerable, d.configurable]); };
console.log(show({ a: 1 }, 'a'));
const o = {}; o.b = 1; console.log(show(o, 'b'));
console.log(show(Object.defineProperty({}, 'c', { value: 1 }), 'c'));
console.log(show(Object.defineProperty({}, 'c', { value: 1, writable: true }), 'c'));
console.log(show(Math, 'PI'), show(Number, 'MAX_VALUE'), show(Object, 'keys'), show(Object.prototype, 'toString'));
console.log(show(function f(a, b) {}, 'length'), show(function f() {}, 'name'), show(Object, 'prototype'));
console.log(show(JSON, 'parse'), show(globalThis, 'NaN'), show(globalThis, 'Object'), show(Symbol, 'iterator'));

// expect: [true,true,true]
// expect: [true,true,true]
// expect: [false,false,false]
// expect: [true,false,false]
// expect: [false,false,false] [false,false,false] [true,false,true] [true,false,true]
// expect: [false,false,true] [false,false,true] [false,false,false]
// expect: [true,false,true] [false,false,false] [true,false,true] [false,false,false]
