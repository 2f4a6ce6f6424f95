const t = new Float64Array([1, NaN, 2, 1, -0]);
console.log(t.indexOf(1), t.lastIndexOf(1), t.indexOf(NaN), t.includes(NaN), t.includes(0), t.indexOf(0));
console.log(t.indexOf(1, 1), t.indexOf(1, -2), t.lastIndexOf(1, 2), t.lastIndexOf(1, -5), t.includes(2, 3));
console.log(t.at(0), t.at(-1), t.at(5), t.at(-6));
console.log(new Uint8Array([1, 2]).indexOf('1'), new Uint8Array([1]).includes(1.5));
// expect: 0 3 -1 true true 4
// expect: 3 3 0 0 false
// expect: 1 -0 undefined undefined
// expect: -1 false
