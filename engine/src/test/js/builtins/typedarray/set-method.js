const t = new Uint8Array(6);
t.set([1, 2, 3]);
t.set([9, 8], 4);
console.log(t.join());
t.set(new Float64Array([1.7, 300]), 2);
console.log(t.join());
// Overlapping views of one buffer: the source is read before it is overwritten.
const buf = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
buf.set(buf.subarray(0, 6), 2);
console.log(buf.join());
const b2 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const i16 = new Uint16Array(b2.buffer, 0, 2);
b2.set(i16, 1);
console.log(b2.join());
try { t.set([1, 2], 5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { t.set([1], -1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
t.set({ length: 2, 0: 42, 1: '43' }, 1);
console.log(t.join());
t.set('12', 0); console.log(t.join());
// expect: 1,2,3,0,9,8
// expect: 1,2,1,44,9,8
// expect: 1,2,1,2,3,4,5,6
// expect: 1,1,3,4,5,6,7,8
// expect: RangeError: offset is out of bounds
// expect: RangeError: offset is out of bounds
// expect: 1,42,43,44,9,8
// expect: 1,2,43,44,9,8
