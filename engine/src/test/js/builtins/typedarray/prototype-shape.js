const TypedArray = Object.getPrototypeOf(Int8Array);
console.log(TypedArray.name, TypedArray.length, TypedArray.prototype === Object.getPrototypeOf(Int8Array.prototype));
console.log(Int8Array.name, Int8Array.length, Uint8ClampedArray.name, BigUint64Array.name);
console.log(Float64Array.BYTES_PER_ELEMENT, Float64Array.prototype.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT, Uint8ClampedArray.BYTES_PER_ELEMENT);
const names = ['at', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'reverse', 'set', 'slice', 'some', 'sort', 'subarray', 'toLocaleString', 'toReversed', 'toSorted', 'toString', 'values', 'with'];
console.log(names.filter(n => typeof TypedArray.prototype[n] !== 'function').length);
console.log(names.map(n => TypedArray.prototype[n].length).join(''));
for (const g of ['buffer', 'byteLength', 'byteOffset', 'length']) {
  const d = Object.getOwnPropertyDescriptor(TypedArray.prototype, g);
  console.log(g, typeof d.get, d.set, d.enumerable, d.configurable);
}
try { TypedArray.prototype.length; } catch (e) { console.log(e.constructor.name); }
console.log(Int8Array[Symbol.species] === Int8Array, Array.isArray(new Int8Array(1)));
// expect: TypedArray 0 true
// expect: Int8Array 3 Uint8ClampedArray BigUint64Array
// expect: 8 8 2 1
// expect: 0
// expect: 1201111111111101111012112001002
// expect: buffer function undefined false true
// expect: byteLength function undefined false true
// expect: byteOffset function undefined false true
// expect: length function undefined false true
// expect: TypeError
// expect: true false
