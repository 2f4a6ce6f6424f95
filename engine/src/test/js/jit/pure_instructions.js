// % and the frameless pure instructions (===, typeof, !) in optimized and inlined code
function m(a, b) { return a % b; }
let s = 0;
for (let i = 1; i < 5000; i++) s += m(i * 7, (i % 13) + 1);
console.log(s, m(-7, 3), Object.is(m(-6, 3), -0), m(7, 0), m(-2147483648, -1), Object.is(m(-2147483648, -1), -0), m(7.5, 2), m(-7.5, 2), m(5, -3), m(1e20, 7));
function dm(a, b) { return a % b; }
let t = 0;
for (let i = 1; i < 5000; i++) t += dm(i + 0.5, 2.25);
console.log(t, dm(5.5, 0), dm(Infinity, 2), dm(2, Infinity), Object.is(dm(-0.5, 0.25), -0));
function kind(x) { return typeof x === "number" ? !x : x === null; }
function kinds(xs) { let n = 0; for (let i = 0; i < xs.length; i++) if (kind(xs[i])) n++; return n; }
const xs = [0, 1, null, "a", NaN, undefined, {}, -0, 2.5];
let k = 0;
for (let r = 0; r < 2000; r++) k += kinds(xs);
console.log(k, kind(0), kind(null), kind("s"), kind(NaN), 1 === 1.0, "ab" === "a" + "b", NaN === NaN, 100000 === 99999 + 1);
// expect: 13843 -1 true NaN -0 true 1.5 -1.5 2 2
// expect: 4998 NaN NaN 2 true
// expect: 8000 true true false true true true false true
