// Uint8ClampedArray clamps to [0, 255] and rounds half to even.
const c = new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.5, 300, -300, NaN, 1.49, 1.51, Infinity, -Infinity]);
console.log(c.join(','));
c[0] = '128.5'; console.log(c[0]);
// expect: 0,2,2,4,254,255,0,255,0,0,1,2,255,0
// expect: 128
