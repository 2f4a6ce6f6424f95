console.log(typeof Function.prototype, Function.prototype(), Function.prototype.length, JSON.stringify(Function.prototype.name));
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(Function) === Function.prototype, Object.getPrototypeOf(Object) === Function.prototype);
function named(a, b = 1, c) {}
console.log(named.length, named.name, (function () {}).name === '', (async function af() {}).name);
const o = { m() {}, get g() { return 1; }, ['comp' + 'uted']() {} };
console.log(o.m.name, Object.getOwnPropertyDescriptor(o, 'g').get.name, o.computed.name);
console.log(Object.keys.name, Object.keys.length, Object.prototype.hasOwnProperty.name);
console.log(Symbol.prototype[Symbol.toPrimitive].name, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name);

// expect: function undefined 0 ""
// expect: true
// expect: true true
// expect: 1 named true af
// expect: m get g computed
// expect: keys 1 hasOwnProperty
// expect: [Symbol.toPrimitive] get size
