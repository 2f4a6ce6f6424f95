function show(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
show(() => new Int32Array(-1));
show(() => new Int32Array(new ArrayBuffer(8), 1));
show(() => new Int32Array(new ArrayBuffer(7)));
show(() => new Int32Array(new ArrayBuffer(8), 0, 3));
show(() => new Float64Array(new ArrayBuffer(16), 24));
show(() => Uint8Array(2));
show(() => new BigInt64Array([1]));
show(() => new BigInt64Array(new Uint8Array(2)));
show(() => new Uint8Array(new BigInt64Array(2)));
show(() => Object.getPrototypeOf(Int8Array).call());
show(() => new (Object.getPrototypeOf(Int8Array))());
show(() => new Int16Array(new ArrayBuffer(8), 2, 3));
// expect: RangeError: Invalid typed array length: -1
// expect: RangeError: start offset of Int32Array should be a multiple of 4
// expect: RangeError: byte length of Int32Array should be a multiple of 4
// expect: RangeError: Invalid typed array length: 3
// expect: RangeError: Start offset 24 is outside the bounds of the buffer
// expect: TypeError: Constructor Uint8Array requires 'new'
// expect: TypeError: Cannot convert 1 to a BigInt
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError: Abstract class TypedArray not directly constructable
// expect: TypeError: Abstract class TypedArray not directly constructable
// expect: no error
