var u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u) === null, u.flat, u.includes, u.toSorted, u.map, Object.keys(u).length);
// expect: true true true true undefined 16
