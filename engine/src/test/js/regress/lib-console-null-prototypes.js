// console.log of null-prototype built-ins and of objects with no constructor on their chain.
console.log(Object.setPrototypeOf(new Set([1]), null), Object.setPrototypeOf(new Date(0), null), Object.setPrototypeOf(/a/g, null), Object.setPrototypeOf(Promise.resolve(1), null), Object.setPrototypeOf(new Uint8Array(2), null));
console.log([Object.create(Object.create(null, { x: { value: 1, enumerable: true } }))], Object.create(Object.create(null)));
console.log(Object.setPrototypeOf([1, 2], null), Object.setPrototypeOf(new Map([[1, 2]]), null), Object.create(null));
const f = function named() {}; Object.setPrototypeOf(f, null); console.log(f);
// expect: [Set(1): null prototype] { 1 } [Date: null prototype] 1970-01-01T00:00:00.000Z [RegExp: null prototype] /a/g [Promise: null prototype] { 1 } [Uint8Array(2): null prototype] [ 0, 0 ]
// expect: [ Object <[Object: null prototype]> {} ] Object <[Object: null prototype] {}> {}
// expect: [Array(2): null prototype] [ 1, 2 ] [Map(1): null prototype] { 1 => 2 } [Object: null prototype] {}
// expect: [Function (null prototype): named]
