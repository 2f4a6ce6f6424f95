// Uint8Array and Int8Array: ToNumber then modular wrap; NaN and Infinity become 0.
const u = new Uint8Array(8);
u[0] = 256; u[1] = -1; u[2] = 1.9; u[3] = -1.9; u[4] = NaN; u[5] = Infinity; u[6] = '0x10'; u[7] = true;
console.log(Array.from(u).join(' '));
const i = new Int8Array([127, 128, 255, -129, 1e10, -0.5]);
console.log(Array.from(i).join(' '));
console.log(Object.is(new Int8Array([-0])[0], 0));
// expect: 0 255 1 255 0 0 16 1
// expect: 127 -128 -1 127 0 0
// expect: true
