const t = new Int16Array([1, 2, 3, 4, 5]);
console.log(t.fill(7, 1, 3).join(), t.fill(0, -1).join(), t.fill('9').join());
const c = new Uint8Array([1, 2, 3, 4, 5]);
console.log(c.copyWithin(0, 3).join());
console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3).join());
console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, 0).join());
const r = new Float32Array([1, 2, 3, 4]);
console.log(r.reverse() === r, r.join());
const w = new Uint8Array([1, 2, 3]);
console.log(w.with(0, 300).join(), w.with(-1, 9).join(), w.toReversed().join(), w.join());
try { w.with(3, 1); } catch (e) { console.log(e.constructor.name); }
// expect: 1,7,7,4,5 1,7,7,4,0 9,9,9,9,9
// expect: 4,5,3,4,5
// expect: 1,1,2,3,5
// expect: 1,2,3,1,2
// expect: true 4,3,2,1
// expect: 44,2,3 1,2,9 3,2,1 1,2,3
// expect: RangeError
