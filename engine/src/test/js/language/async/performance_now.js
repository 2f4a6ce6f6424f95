// performance.now(): a number of milliseconds since start, never decreasing, advancing across a timer.
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, Number.isFinite(t0)); // expect: number true true
let last = t0, monotonic = true;
for (let i = 0; i < 1000; i++) { const t = performance.now(); if (t < last) monotonic = false; last = t; }
console.log(monotonic); // expect: true
console.log(typeof performance.timeOrigin, performance.timeOrigin > 1.5e12); // expect: number true
setTimeout(() => console.log(performance.now() - t0 >= 4), 5); // expect: true
