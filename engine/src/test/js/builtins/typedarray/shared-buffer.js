// Views of different kinds over one buffer see each other's writes, little-endian.
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf), u16 = new Uint16Array(buf), u32 = new Uint32Array(buf), f64 = new Float64Array(buf);
u32[0] = 0x01020304;
console.log(u8.join(','), u16[0].toString(16), u16[1].toString(16));
f64[0] = 1;
console.log(u8.join(','));
const part = new Uint8Array(buf, 2, 3);
part.fill(9);
console.log(u8.join(','), part.byteOffset, part.byteLength, part.length, part.buffer === buf);
// expect: 4,3,2,1,0,0,0,0 304 102
// expect: 0,0,0,0,0,0,240,63
// expect: 0,0,9,9,9,0,240,63 2 3 3 true
