console.log(new Int32Array([10, 9, 1, -5, 100, 2]).sort().join());
const f = new Float64Array([3, NaN, -0, 0, -Infinity, 1, -0]).sort();
console.log(Array.from(f, x => Object.is(x, -0) ? '-0' : String(x)).join());
console.log(new Uint8Array([3, 1, 2]).sort((a, b) => b - a).join());
const orig = new Uint16Array([5, 3, 4]);
const sorted = orig.toSorted();
console.log(orig.join(), sorted.join(), sorted instanceof Uint16Array);
console.log(new Float32Array([0.5, -1.5, 1e10]).sort().join());
try { new Uint8Array(2).sort('x'); } catch (e) { console.log(e.constructor.name); }
// expect: -5,1,2,9,10,100
// expect: -Infinity,-0,-0,0,1,3,NaN
// expect: 3,2,1
// expect: 5,3,4 3,4,5 true
// expect: -1.5,0.5,10000000000
// expect: TypeError
