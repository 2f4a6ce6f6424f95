// Optimized code whose only calls are of functions with code to enter runs without a frame of its
// own, and makes one (without registers) only when it calls: a call that ends without calling (the
// end of a recursion) costs no frame. Stack traces, exceptions, the call depth, deoptimization in
// the middle of a recursion and a site whose callee changes must all be as with any call.
function where(stack, skip, count) {
  return stack.split("\n").slice(1 + skip, 1 + skip + count).map(l => {
    const m = /at (\S+) .*:(\d+):(\d+)\)?$/.exec(l.trim());
    return m ? m[1].replace(/^.*\./, "") + "@" + m[2] + ":" + m[3] : l.trim();
  }).join(" ");
}

// A recursion: every level calls itself; the last one returns without calling.
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
function traced(n, at) { if (n === at) return where(new Error("here").stack, 0, 4); return traced(n + 1, at); }
let total = 0, trace = "";
for (let r = 0; r < 3000; r++) { total += sum(r % 40); trace = traced(0, 3 + r % 3); }
console.log("recursion", total, sum(2000), trace);

// A stack captured by a callee deep in a recursion of optimized callers names every level.
function captureStack() { return where(new Error("s").stack, 0, 6); }
function deepen(n, f) { return n === 0 ? f() : deepen(n - 1, f); }
let captured = "";
for (let r = 0; r < 12000; r++) captured = deepen(r % 6, captureStack);
console.log("captured", captured, deepen(4, captureStack));

// Methods calling methods on this, as a tree walk does.
function Node(left, right, value) { this.left = left; this.right = right; this.value = value; }
Node.prototype.sum = function () { return this.value + (this.left ? this.left.sum() : 0) + (this.right ? this.right.sum() : 0); };
Node.prototype.depthOf = function (v) {
  if (this.value === v) return 0;
  const l = this.left ? this.left.depthOf(v) : -1;
  if (l >= 0) return l + 1;
  const r = this.right ? this.right.depthOf(v) : -1;
  return r >= 0 ? r + 1 : -1;
};
function build(d, v) { return d === 0 ? new Node(null, null, v) : new Node(build(d - 1, v * 2), build(d - 1, v * 2 + 1), v); }
const tree = build(8, 1);
let sums = 0, depths = 0;
for (let r = 0; r < 200; r++) { sums += tree.sum(); depths += tree.depthOf(256 + r); }
console.log("methods", sums, depths);

// An exception from the runtime deep in the callees leaves through every level, each in the trace.
const speaker = { speak() { return 1; } };
function speak(o) { return o.speak(); }
function callMissing(o, n) { return n === 0 ? speak(o) : callMissing(o, n - 1) + 1; }
function catchMissing(n) { try { return callMissing({}, n); } catch (e) { return e.constructor.name + " " + where(e.stack, 0, 4); } }
let caught = "";
for (let r = 0; r < 8000; r++) callMissing(speaker, r % 5);
for (let r = 0; r < 3; r++) caught = catchMissing(2 + r);
console.log("runtime error", caught);

// A thrown value that is not an Error, and an Error made by a callee, through frameless callers.
function raise(make) { throw make(0); }
function throwAt(n, make) { return n === 0 ? raise(make) : throwAt(n - 1, make) * 2; }
function throws(n, make) { try { return throwAt(n, make); } catch (e) { return typeof e === "string" ? "string " + e : where(e.stack, 0, 5); } }
let thrown = 0;
const aString = n => "x" + n, anError = n => new TypeError("t" + n);
for (let r = 0; r < 12000; r++) { try { throwAt(r % 4, aString); } catch (e) { thrown++; } }
console.log("thrown", thrown, throws(3, aString), throws(2, anError));

// The callee of a site changes: the new one is called (no wrong result), then the old one again.
function twice(x) { return x * 2; }
function square(x) { return x * x; }
function apply(f, x) { return f(x) + 1; }
function applyAll(f, n) { let s = 0; for (let i = 0; i < n; i++) s += apply(f, i); return s; }
let applied = 0;
for (let r = 0; r < 2000; r++) applied += applyAll(twice, 10);
console.log("callee changes", applied, applyAll(square, 10), applyAll(twice, 10), apply(x => "s" + x, 4), apply(Math.abs, -3));
function notAFunction(f) { try { return apply(f, 1); } catch (e) { return e.constructor.name + " " + where(e.stack, 0, 2); } }
console.log("not callable", notAFunction(undefined), notAFunction({}));

// A global the callers read as a constant is changed by a callee: every caller still running
// reads the new value once its call returns.
var scale = 1;
function rescale(n) { if (n === 7777) scale = 3; return n; }
function scaled(n) { const v = rescale(n); return v * scale; }
function scaledDeep(n, d) { return d === 0 ? scaled(n) : scaledDeep(n, d - 1) + scale; }
let before = 0;
for (let r = 0; r < 5000; r++) before += scaledDeep(r % 100, 3);
console.log("global changed", before, scaledDeep(7777, 3), scaledDeep(5, 3), scale);

// A callee's result of another type where ints were seen: the caller deoptimizes after the call,
// whose side effect (the count) happens once.
const counter = { calls: 0 };
function produce(x) { counter.calls++; return x > 1e6 ? x + 0.5 : x; }
function consume(x) { return (produce(x) | 0) + produce(1); }
function consumeAll(from, n) { let s = 0; for (let r = from; r < from + n; r++) s += consume(r); return s; }
let consumed = 0;
for (let r = 0; r < 12; r++) consumed += consumeAll(r * 1000, 1000);
const callsBefore = counter.calls;
console.log("deopt after call", consumed, consume(2e6), consume(3), counter.calls - callsBefore);

// Deep recursion through frameless callers is a RangeError, caught, and everything goes on.
function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
for (let r = 0; r < 3000; r++) down(r % 50);
let overflow;
try { down(1e7); } catch (e) { overflow = e instanceof RangeError; }
console.log("overflow", overflow, down(1000));

// A callee with a try block (it keeps its frame) called from frameless code, and its stack trace.
let guardedTrace = "";
function guarded(n) { try { if (n < 0) throw new Error("neg"); return n; } catch (e) { guardedTrace = where(e.stack, 0, 3); return 0; } }
function viaGuarded(n) { return n > 100 ? guarded(-1) : guarded(n) + viaGuarded(n + 50); }
let g = 0;
for (let r = 0; r < 3000; r++) g += viaGuarded(r % 60);
console.log("framed callee", g, viaGuarded(90), guardedTrace);
