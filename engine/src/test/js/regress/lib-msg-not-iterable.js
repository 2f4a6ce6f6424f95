// Spreading / for-of / array-destructuring a non-iterable: node names the
// expression, "TypeError: obj is not iterable". Piste prints
// "object is not iterable (cannot read property Symbol(Symbol.iterator))".
const obj = {};
const [a] = obj;
// expect runtime error: TypeError: obj is not iterable
