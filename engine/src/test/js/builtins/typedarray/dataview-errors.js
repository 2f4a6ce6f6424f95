function show(f) { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
const buf = new ArrayBuffer(8);
show(() => new DataView({}));
show(() => new DataView(buf, 9));
show(() => new DataView(buf, 4, 5));
show(() => new DataView(buf, -1));
show(() => DataView(buf));
const dv = new DataView(buf, 2, 4);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf);
show(() => dv.getInt32(1));
show(() => dv.getInt32(0));
show(() => dv.setUint16(3, 1));
show(() => dv.getInt8(-1));
show(() => dv.setBigInt64(0, 1n));
show(() => dv.setBigInt64(0, 1));
show(() => new DataView(buf, 8).byteLength);
// expect: TypeError: First argument to DataView constructor must be an ArrayBuffer
// expect: RangeError: Start offset 9 is outside the bounds of the buffer
// expect: RangeError: Invalid DataView length 5
// expect: RangeError: Start offset -1 is outside the bounds of the buffer
// expect: TypeError: Constructor DataView requires 'new'
// expect: 2 4 true
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: ok 0
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: RangeError: Offset is outside the bounds of the DataView
// expect: TypeError: Cannot convert 1 to a BigInt
// expect: ok 0
