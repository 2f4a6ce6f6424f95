const t = new Uint8Array([10, 20, 30]);
console.log([...t].join(), [...t.keys()].join(), JSON.stringify([...t.entries()]));
console.log(t[Symbol.iterator] === t.values, Object.prototype.toString.call(t.values()));
for (const v of new Int8Array([1, -1])) console.log(v);
const [a, , c] = new Float64Array([0.5, 1.5, 2.5]);
console.log(a, c, Array.from(new Uint16Array([7, 8])), Math.max(...new Int32Array([3, 9, 2])));
const it = t.values(); t[0] = 99; console.log(it.next().value);
// expect: 10,20,30 0,1,2 [[0,10],[1,20],[2,30]]
// expect: true [object Array Iterator]
// expect: 1
// expect: -1
// expect: 0.5 2.5 [ 7, 8 ] 9
// expect: 99
