// console.log of a Proxy: node inspects the proxy's target directly (no traps
// run), so a proxied array prints as an array and a proxied function/class
// keeps its name. Piste prints "Array { '0': 1, '1': 2 }",
// "[Function (anonymous)]", and runs the get/ownKeys traps.
console.log(new Proxy([1, 2], {}));
console.log(new Proxy(function f() {}, {}));
console.log(new Proxy(class Q {}, {}));
console.log(new Proxy({ a: 1 }, { ownKeys() { return ['a', 'b']; }, getOwnPropertyDescriptor() { return { value: 5, enumerable: true, configurable: true }; } }));
// expect: [ 1, 2 ]
// expect: [Function: f]
// expect: [class Q]
// expect: { a: 1 }
