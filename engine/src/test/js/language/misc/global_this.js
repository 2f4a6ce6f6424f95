// globalThis is the global object holding built-ins; sloppy this in functions equals it.
console.log(typeof globalThis, globalThis.globalThis === globalThis); // expect: object true
console.log(globalThis.Array === Array, globalThis.Math === Math, "parseInt" in globalThis); // expect: true true true
globalThis.shared = 1;
console.log(shared, typeof globalThis.shared); // expect: 1 number
console.log((function () { return this; })() === globalThis); // expect: true
console.log(Object.getOwnPropertyDescriptor(globalThis, "undefined").writable, Object.getOwnPropertyDescriptor(globalThis, "NaN").configurable); // expect: false false
undefined = 5;
console.log(typeof undefined); // expect: undefined
console.log(new Function("return this")() === globalThis); // expect: true
