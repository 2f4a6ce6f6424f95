// Array methods on a sparse array (a[1e9] set on a one-element array) used to visit every index up to
// the length, taking many seconds; they now skip the gaps of dictionary-mode arrays. Results as node.
const a = [1]; a[1e9] = 2;
console.log(a.includes(2), a.includes(3), a.includes(undefined), a.indexOf(2), a.lastIndexOf(1)); // expect: true false true 1000000000 0
let n = 0; a.forEach(() => n++);
console.log(n, a.map(x => x * 2)[1e9], a.filter(x => x > 1).length, a.some(x => x === 2), a.every(x => x > 0)); // expect: 2 4 1 true true
console.log(a.concat([3]).length, a.concat([3])[1e9 + 1]); // expect: 1000000002 3
const c = []; c[5] = 1; c.forEach((v, i) => { if (i === 5) c[7] = 2; });
console.log(c.length); // expect: 8
