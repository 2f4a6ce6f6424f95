// Bindings created by eval code (var and function declarations) are configurable
// (CanDeclareGlobalVar / CreateGlobalVarBinding with D = true), so they can be
// deleted, unlike bindings from a script's top-level var. Piste creates them
// non-configurable: delete returns false and the binding stays.
console.log((0, eval)('var evVar = 1; delete evVar'));
console.log(typeof evVar);
(0, eval)('function evFn() {}');
console.log(Object.getOwnPropertyDescriptor(globalThis, 'evFn').configurable);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'evFn').enumerable);
// expect: true
// expect: undefined
// expect: true
// expect: true
