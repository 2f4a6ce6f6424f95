// Atomics on unshared integer typed arrays: wrap-around arithmetic, compareExchange on the stored
// width, store's return value, validation errors, and wait/notify on an unshared buffer.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } };
t(() => Atomics.add(new Float64Array(1), 0, 1));
t(() => Atomics.add([1], 0, 1));
t(() => Atomics.add(new Int32Array(1), 5, 1));
t(() => Atomics.wait(new Int32Array(4), 0, 0));
t(() => Atomics.notify(new Int32Array(4), 0));
t(() => Atomics.store(new Int8Array(1), 0, 3.7));
t(() => Atomics.store(new Int8Array(1), 0, -0));
t(() => Atomics.add(new Uint8ClampedArray(1), 0, 1));
t(() => Atomics.add(new BigInt64Array(1), 0, 1));
t(() => Atomics.add(new BigInt64Array(1), 0, 1n));
t(() => Atomics.isLockFree(3));
t(() => Object.prototype.toString.call(Atomics));
t(() => Atomics.load(new Int32Array(1), "x"));
t(() => Atomics.load(new Int32Array(1), -1));
t(() => Atomics.waitAsync(new Int32Array(4), 0, 0));
const i8 = new Int8Array(4), u8 = new Uint8Array(4), i16 = new Int16Array(2), u32 = new Uint32Array(2), b64 = new BigInt64Array(2), bu = new BigUint64Array(1);
console.log(Atomics.add(i8, 0, 127), Atomics.add(i8, 0, 1), i8[0]);
console.log(Atomics.sub(u8, 1, 1), u8[1], Atomics.and(u8, 1, 0x0f), u8[1], Atomics.or(u8, 1, 0xf0), Atomics.xor(u8, 1, 0xff), u8[1]);
console.log(Atomics.exchange(i16, 0, 70000), i16[0], Atomics.compareExchange(i16, 0, 4464, -1), i16[0]);
console.log(Atomics.compareExchange(u32, 0, 0, -1), u32[0], Atomics.compareExchange(u32, 0, -1, 5), u32[0]);
console.log(Atomics.compareExchange(u8, 2, 256, 9), u8[2]);
console.log(Atomics.add(b64, 0, 2n ** 63n - 1n), Atomics.add(b64, 0, 1n), b64[0], Atomics.sub(bu, 0, 1n), bu[0]);
console.log(Atomics.store(u32, 1, -1), u32[1], Atomics.store(b64, 1, 5n), Atomics.store(i8, 3, "12.9"), Atomics.store(i8, 3, -0), Object.is(Atomics.store(i8, 3, -0), 0));
console.log(Atomics.load(u32, 1), Atomics.load(b64, 1), Atomics.isLockFree(1), Atomics.isLockFree(2), Atomics.isLockFree(4), Atomics.isLockFree(8), Atomics.isLockFree(16));
console.log(Atomics.add.length, Atomics.compareExchange.length, Atomics.wait.length, Atomics.notify.length, Atomics.store.length, String(Atomics));
const sub = new Int32Array(new ArrayBuffer(16), 4, 2); Atomics.store(sub, 1, 42); console.log(new Int32Array(sub.buffer).join());
try { Atomics.notify(new Int8Array(2), 0); } catch (e) { console.log(e.message); }
try { Atomics.store(new Int32Array(1), 1, 0); } catch (e) { console.log(e.name, e.message); }
// expect: TypeError: [object Float64Array] is not an integer typed array.
// expect: TypeError: [object Array] is not an integer typed array.
// expect: RangeError: Invalid atomic access index
// expect: TypeError: [object Int32Array] is not a shared typed array.
// expect: 0
// expect: 3
// expect: 0
// expect: TypeError: [object Uint8ClampedArray] is not an integer typed array.
// expect: TypeError: Cannot convert 1 to a BigInt
// expect: 0n
// expect: false
// expect: [object Atomics]
// expect: 0
// expect: RangeError: Invalid atomic access index
// expect: TypeError: [object Int32Array] is not a shared typed array.
// expect: 0 127 -128
// expect: 0 255 255 15 15 255 0
// expect: 0 4464 4464 -1
// expect: 0 4294967295 4294967295 5
// expect: 0 9
// expect: 0n 9223372036854775807n -9223372036854775808n 0n 18446744073709551615n
// expect: -1 4294967295 5n 12 0 true
// expect: 4294967295 5n true true true true false
// expect: 3 4 4 3 3 [object Atomics]
// expect: 0,0,42,0
// expect: [object Int8Array] is not an int32 or BigInt64 typed array.
// expect: RangeError Invalid atomic access index
