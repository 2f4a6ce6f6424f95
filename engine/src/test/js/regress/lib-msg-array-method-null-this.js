// Calling an Array.prototype method with a null/undefined receiver throws
// TypeError; node's message is "Array.prototype.every called on null or
// undefined". Piste says "Cannot convert undefined or null to object".
Array.prototype.every.call(null, x => x);
// expect runtime error: TypeError: Array.prototype.every called on null or undefined
