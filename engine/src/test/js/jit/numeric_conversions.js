// x++ and x-- used as values, and unary +, convert their operand to a number first (TO_NUMERIC,
// TO_NUMBER). Optimized code takes a value that has always been a number as it is, under a guard;
// a string, an object with valueOf (called exactly once), a BigInt or undefined then reach the
// conversion in the interpreter, with the same results.
function Counter() { this.n = 0; }
Counter.prototype.next = function () { return this.n++; };
function takeAndDrop(o) { const old = o.n--; return old * 10 + o.n; }
function plus(x) { return +x; }
function postInLoop(a) { let s = 0; for (let i = 0; i < a.length; ) s += a[i++]; return s; }

let c = new Counter(), s = 0;
for (let i = 0; i < 5000; i++) s += c.next();
console.log(s, c.n);

let calls = 0;
const odd = [ "41", 1.5, { valueOf() { calls++; return 7; } }, 10n, undefined, null, true, -0, 2147483647 ];
for (const v of odd) {
  const o = new Counter();
  o.n = v;
  const r = o.next();
  console.log(typeof r, String(r), Object.is(r, -0), typeof o.n, String(o.n));
}
console.log("valueOf calls", calls);

let t = 0;
for (let i = 0; i < 5000; i++) { const o = { n: i }; t += takeAndDrop(o); }
console.log(t, takeAndDrop({ n: "5" }), takeAndDrop({ n: 2.5 }));
try { takeAndDrop({ n: 3n }); } catch (e) { console.log(e.constructor.name); }
try { takeAndDrop({ n: Symbol("s") }); } catch (e) { console.log(e.constructor.name); }

let p = 0;
for (let i = 0; i < 5000; i++) p += plus(i) + plus(i / 4);
console.log(p, plus("0x10"), plus(""), plus([5]), Object.is(plus(-0), -0), plus({ valueOf: () => 3 }));
try { plus(1n); } catch (e) { console.log(e.constructor.name); }

let q = 0;
for (let i = 0; i < 300; i++) q += postInLoop([1, 2, 3, i]);
console.log(q, postInLoop(["a", "b"]));
