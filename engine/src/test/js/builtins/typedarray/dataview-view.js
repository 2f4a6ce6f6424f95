const buf = new ArrayBuffer(8);
const whole = new DataView(buf);
const part = new DataView(buf, 4);
part.setUint32(0, 0xcafebabe);
console.log(whole.getUint32(4).toString(16), new Uint8Array(buf).join(' '));
console.log(Object.prototype.toString.call(part), part instanceof DataView);
console.log(part);
// expect: cafebabe 0 0 0 0 202 254 186 190
// expect: [object DataView] true
// expect: DataView {
// expect:   byteLength: 4,
// expect:   byteOffset: 4,
// expect:   buffer: ArrayBuffer {
// expect:     [Uint8Contents]: <00 00 00 00 ca fe ba be>,
// expect:     byteLength: 8
// expect:   }
// expect: }
