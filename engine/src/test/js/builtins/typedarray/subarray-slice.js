const a = new Int16Array([0, 1, 2, 3, 4, 5]);
const sub = a.subarray(1, 4);
sub[0] = 100;
console.log(a.join(), sub.join(), sub.byteOffset, sub.length, sub.buffer === a.buffer);
const sl = a.slice(1, 4);
sl[0] = -1;
console.log(a.join(), sl.join(), sl.byteOffset, sl.buffer === a.buffer);
console.log(a.subarray(-2).join(), a.subarray(4, 2).length, a.slice(-3, -1).join(), a.slice().join());
const nested = sub.subarray(1);
console.log(nested.byteOffset, nested.join());
console.log(a.subarray(2).subarray(1, 2)[0]);
// expect: 0,100,2,3,4,5 100,2,3 2 3 true
// expect: 0,100,2,3,4,5 -1,2,3 0 false
// expect: 4,5 0 3,4 0,100,2,3,4,5
// expect: 4 2,3
// expect: 3
