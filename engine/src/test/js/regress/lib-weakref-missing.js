// WeakRef and FinalizationRegistry (ES2021) are missing in Piste:
// ReferenceError: WeakRef is not defined.
const target = {};
const r = new WeakRef(target);
console.log(r.deref() === target, typeof FinalizationRegistry);
// expect: true function
