console.log(Array.isArray([]), Array.isArray(new Array(3)), Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(), Array.isArray(Array.prototype));
// expect: true true false false false true
