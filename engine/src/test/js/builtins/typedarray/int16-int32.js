const a = new Int16Array([32767, 32768, 65535, -32769]);
console.log(a.join(' '));
const b = new Uint16Array([-1, 65536, 70000]);
console.log(b.join(' '));
const c = new Int32Array([2147483647, 2147483648, 4294967295, -2147483649, 1e20]);
console.log(c.join(' '));
const d = new Uint32Array([-1, 4294967296, 3000000000.7]);
console.log(d.join(' '), typeof d[0]);
// expect: 32767 -32768 -1 32767
// expect: 65535 0 4464
// expect: 2147483647 -2147483648 -1 2147483647 1661992960
// expect: 4294967295 0 3000000000 number
