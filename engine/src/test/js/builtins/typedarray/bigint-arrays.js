const a = new BigInt64Array([1n, -1n, 2n ** 63n, 2n ** 64n + 5n]);
console.log(a[0], a[1], a[2], a[3]);
const u = new BigUint64Array(a.buffer);
console.log(u[1], u[2]);
a[0] = 7n; console.log(a[0], typeof a[0]);
try { a[0] = 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(a.includes(-1n), a.indexOf(7n), [...new BigInt64Array(2)]);
console.log(new BigUint64Array([3n, 1n, 2n]).sort().join());
console.log(BigInt64Array.BYTES_PER_ELEMENT);
// expect: 1n -1n -9223372036854775808n 5n
// expect: 18446744073709551615n 9223372036854775808n
// expect: 7n bigint
// expect: TypeError Cannot convert 1 to a BigInt
// expect: true 0 [ 0n, 0n ]
// expect: 1,2,3
// expect: 8
