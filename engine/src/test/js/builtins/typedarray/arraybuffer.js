const b = new ArrayBuffer(6);
console.log(b.byteLength, b.resizable, ArrayBuffer.isView(b), ArrayBuffer.isView(new Uint8Array(b)), ArrayBuffer.isView(new DataView(b)), ArrayBuffer.isView([]));
new Uint8Array(b).set([1, 2, 3, 4, 5, 6]);
const s = b.slice(1, -1);
console.log(s.byteLength, new Uint8Array(s).join(), s !== b);
console.log(new Uint8Array(b.slice(-2)).join(), b.slice(4, 2).byteLength);
console.log(Object.prototype.toString.call(b), ArrayBuffer[Symbol.species] === ArrayBuffer);
console.log(new ArrayBuffer().byteLength, new ArrayBuffer(2.7).byteLength, new ArrayBuffer('3').byteLength);
// expect: 6 false false true true false
// expect: 4 2,3,4,5 true
// expect: 5,6 0
// expect: [object ArrayBuffer] true
// expect: 0 2 3
