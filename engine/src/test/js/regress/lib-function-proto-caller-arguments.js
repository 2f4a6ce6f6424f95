// Function.prototype must have "caller" and "arguments" accessor properties
// whose getter/setter is %ThrowTypeError% (spec AddRestrictedFunctionProperties).
// Piste has neither, so `'caller' in fn` is false for every function.
console.log('arguments' in Function.prototype, 'caller' in Function.prototype);
const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
console.log(typeof d.get, d.get === d.set, d.configurable, d.enumerable);
// expect: true true
// expect: function true true false
