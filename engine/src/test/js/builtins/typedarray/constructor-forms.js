console.log(new Uint8Array().length, new Uint8Array(3).join(), new Uint8Array('2').length, new Uint8Array(null).length);
console.log(new Int16Array([1, 2, 3]).join(), new Int16Array(new Set([4, 5])).join());
console.log(new Int16Array({ length: 3, 0: 7, 2: '9' }).join());
function* gen() { yield 1; yield 2.5; yield 3; }
console.log(new Float32Array(gen()).join());
const src = new Float64Array([1.5, -2.5, 300]);
const copy = new Int8Array(src);
console.log(copy.join(), copy.buffer !== src.buffer);
const buf = new ArrayBuffer(16);
console.log(new Int32Array(buf).length, new Int32Array(buf, 4).length, new Int32Array(buf, 4, 2).length, new Int32Array(buf, 16).length);
class MyArray extends Uint8Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const m = new MyArray([1, 2, 3]);
console.log(m.sum(), m instanceof Uint8Array, m.map(x => x * 2) instanceof MyArray, m.constructor.name);
// expect: 0 0,0,0 2 0
// expect: 1,2,3 4,5
// expect: 7,0,9
// expect: 1,2.5,3
// expect: 1,-2,44 true
// expect: 4 3 2 0
// expect: 6 true true MyArray
