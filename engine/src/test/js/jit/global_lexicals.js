// Global lexical bindings (let, const, class at the top level) read through the global cache, in every tier:
// hot code and inlined constructors see them, and a read before initialization is still a ReferenceError.
const K = 3;
let counter = 0;
class Pt { constructor(x) { this.x = x; } get2() { return this.x * K; } }
function work(n) { let s = 0; for (let i = 0; i < n; i++) { s += new Pt(i).get2(); counter++; } return s; }
let t = 0;
for (let r = 0; r < 300; r++) t += work(100);
console.log(t, counter);
function early() { return typeof later === "undefined" ? "tdz-safe" : later; }
try { console.log(lateUse()); } catch (e) { console.log(e.name); }
function lateUse() { return late; }
let late = "set";
console.log(lateUse());
for (let r = 0; r < 3000; r++) lateUse();
console.log(lateUse(), early());
// expect: 4455000 30000
// expect: ReferenceError
// expect: set
// expect: set tdz-safe
