const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
console.log(new Uint8Array(buf, 0, 4).join(','));
console.log(dv.getUint16(0).toString(16), dv.getUint16(0, true).toString(16), dv.getInt16(2), dv.getInt16(2, true));
dv.setFloat64(8, Math.PI);
console.log(dv.getFloat64(8), dv.getFloat64(8, true), dv.getUint8(8).toString(16));
dv.setFloat32(4, 1.1, true);
console.log(dv.getFloat32(4, true), dv.getUint32(4, true).toString(16));
dv.setInt32(0, -2);
console.log(dv.getInt32(0), dv.getUint32(0), dv.getInt8(3), dv.getUint8(3));
dv.setBigInt64(8, -5n, true);
console.log(dv.getBigInt64(8, true), dv.getBigUint64(8, true), dv.getBigInt64(8));
dv.setInt8(0, 255); dv.setUint8(1, -1);
console.log(dv.getInt8(0), dv.getUint8(1));
// expect: 18,52,52,18
// expect: 1234 3412 13330 4660
// expect: 3.141592653589793 3.207375630676366e-192 40
// expect: 1.100000023841858 3f8ccccd
// expect: -2 4294967294 -2 254
// expect: -5n 18446744073709551611n -288230376151711745n
// expect: -1 255
