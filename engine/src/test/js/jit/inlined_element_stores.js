// A function that stores elements can be inlined, and run without a frame of its own. An append is
// made in place there; anything else its fast case does not cover (a hole filled, an array of
// another kind, a typed array, an object with a setter for the index, a frozen array) deoptimizes
// to the interpreter, which makes the store exactly once; the site then keeps a frame for it.
function put(a, i, v) { a[i] = v; return a.length; }
function bump(counts, k) { counts[k]++; return counts[k]; }
function caller(a, n) { let s = 0; for (let i = 0; i < n; i++) s += put(a, i % 8, i); return s; }
function counter(c, n) { let s = 0; for (let i = 0; i < n; i++) s += bump(c, i % 3); return s; }

const a = [0, 0, 0, 0, 0, 0, 0, 0];
let s = 0;
for (let r = 0; r < 200; r++) s += caller(a, 50);
console.log(s, a.join());

const c = [0, 0, 0];
let t = 0;
for (let r = 0; r < 200; r++) t += counter(c, 30);
console.log(t, c.join());

// An append (in place), then stores the fast case does not cover.
const grow = [];
for (let i = 0; i < 20; i++) put(grow, i, i * 2);
console.log(grow.length, grow[19]);
const holey = [1, , 3];
console.log(put(holey, 1, "filled"), holey.join(), 1 in holey);
const doubles = [1.5, 2.5];
console.log(put(doubles, 0, "str"), doubles.join());
const ints = new Int32Array(4);
console.log(put(ints, 2, 7.9), ints.join());
let setterCalls = 0;
const withSetter = { length: 3, set 1(v) { setterCalls++; this.seen = v; } };
console.log(put(withSetter, 1, "x"), withSetter.seen, setterCalls);
const frozen = Object.freeze([1, 2, 3]);
console.log(put(frozen, 0, 9), frozen.join());
try { (function () { "use strict"; frozen[0] = 1; })(); } catch (e) { console.log(e.constructor.name); }
const far = [1, 2];
console.log(put(far, 10, "far"), far.length, far[10], 5 in far);

// The same stores again, after the deoptimizations: nothing repeated, nothing lost.
for (let r = 0; r < 200; r++) s += caller(a, 50);
console.log(s, a.join(), put(holey, 1, "again"), holey.join(), put(withSetter, 1, "y"), setterCalls);
const counts = [0, 0, 0];
for (let r = 0; r < 100; r++) counter(counts, 30);
const sparse = [0, , 0];
console.log(counter(sparse, 6), sparse.join(), counts.join());
