// ArrayBuffer, DataView and the typed-array constructors (Uint8Array,
// Int32Array, Float64Array, ...) are missing in Piste: ReferenceError. They are
// standard ECMAScript built-ins used by many real programs (binary data,
// hashing, fast numeric buffers).
const u = new Uint8Array([1, 2, 300]);
console.log(u.length, u[2], u instanceof Uint8Array);
const buf = new ArrayBuffer(8);
new DataView(buf).setFloat64(0, 1.5);
console.log(new Uint8Array(buf)[0], new Float64Array([0.5])[0]);
console.log(u);
// expect: 3 44 true
// expect: 63 0.5
// expect: Uint8Array(3) [ 1, 2, 44 ]
