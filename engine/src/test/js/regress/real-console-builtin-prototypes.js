// console.log of the built-in wrapper prototypes: node prints String.prototype,
// Number.prototype and Boolean.prototype as plain "{}" (their constructor
// property is the wrapper constructor itself, so no "[String: '']" box), and
// Function.prototype as "[Function (anonymous)] Object".
console.log(Function.prototype);
console.log(String.prototype);
console.log(Number.prototype);
console.log(Boolean.prototype);
// expect: [Function (anonymous)] Object
// expect: {}
// expect: {}
// expect: {}
