const f = new Float32Array([1.1, 0.1, 16777217, 3.4e39, -0, NaN]);
console.log(f[0], f[1], f[2], f[3], Object.is(f[4], -0), f[5]);
const d = new Float64Array([0.1, -0, Infinity]);
console.log(d[0], Object.is(d[1], -0), d[2]);
f[0] = 'abc'; console.log(f[0]);
console.log(Math.fround(5.5) === new Float32Array([5.5])[0]);
// expect: 1.100000023841858 0.10000000149011612 16777216 Infinity true NaN
// expect: 0.1 true Infinity
// expect: NaN
// expect: true
