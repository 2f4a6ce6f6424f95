// Annex B Object.prototype.__defineGetter__/__defineSetter__/
// __lookupGetter__/__lookupSetter__ are missing in Piste (node has them; older
// libraries still use them).
const o = {};
o.__defineGetter__('x', () => 42);
console.log(o.x, typeof o.__lookupGetter__('x'), typeof Object.prototype.__lookupSetter__);
// expect: 42 function function
