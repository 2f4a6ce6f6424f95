// Leaf functions (no calls, loops or throws in their optimized code) run calls without a frame of
// their own until they deoptimize; then the frame is made from the call's closure, this and
// arguments, and the interpreter finishes the call. Whoever calls them (optimized code at a site
// that always calls them, a site that calls many functions, a builtin's callback) must see the same
// values, side effects that happen once, stack traces and exceptions as with any call.
function counted(o, v) { o.count = o.count + 1; return o.base + v; }
const shapes = [];
for (let i = 0; i < 6; i++) { const o = { count: 0, base: i }; o["extra" + i] = i; shapes.push(o); }
function sumDirect(o, n) { let s = 0; for (let i = 0; i < n; i++) s += counted(o, i); return s; }
const many = [(o, v) => counted(o, v), function (o, v) { return counted(o, v) * 2; }, counted, (o, v) => o.base - v,
  function (o, v) { return v; }, (o, v) => o.count];
function sumMany(o, n) { let s = 0; for (let i = 0; i < n; i++) s += many[i % 6](o, i); return s; }
let direct = 0, megamorphic = 0;
for (let r = 0; r < 300; r++) { direct += sumDirect(shapes[r % 6], 20); megamorphic += sumMany(shapes[r % 6], 12); }
console.log("warm", direct, megamorphic, shapes.map(o => o.count).join());
// A double where ints were seen: the add's guard fails after the store, which happens once.
const probe = { count: 0, base: 1 };
console.log("deopt", counted(probe, 0.5), counted(probe, "s"), probe.count, sumDirect(probe, 3), probe.count);
const probe2 = { count: 10, base: 2 };
console.log("deopt via many", many[2](probe2, 1.25), many[1](probe2, 0.5), probe2.count);

// As a builtin's callback, with the builtin's arguments (value, index, array).
function plusIndex(v, i, a) { return v + i * 10 + a.length; }
const xs = [1, 2, 3, 4];
let mapped = "";
for (let r = 0; r < 500; r++) mapped = xs.map(plusIndex).join();
console.log("callback", mapped, [1.5, 2].map(plusIndex).join(), ["a"].map(plusIndex).join());

// Missing and extra arguments, and this: the global object in sloppy code, as passed in strict code.
function sloppyThis(a, b) { return this; }
function strictThis(a) { "use strict"; return this; }
function second(a, b) { return b; }
const callers = [(f) => f(1), (f) => f(1, 2, 3), (f) => f.call(7, 1), (f) => f.call(undefined), (f) => f(), (f) => f.call("s", 2)];
function describeThis(v) { return v === globalThis ? "global" : typeof v + ":" + v; }
function callAll(f) { let out = []; for (let i = 0; i < callers.length; i++) out.push(describeThis(callers[i](f))); return out.join(" "); }
let thisOut = "";
for (let r = 0; r < 300; r++) thisOut = callAll(sloppyThis) + " | " + callAll(strictThis) + " | " + callAll(second);
console.log("this", thisOut);

// A branch never taken before (its property load has no feedback) deoptimizes: the frame is made
// then, so a stack trace names the leaf and its callers (V8 names a method called on an array
// "Array.name": the test keeps the name only); a throw pops it, and the catcher's stack
// trace shows no frame left behind.
function risky(o, x) { if (x > 1000) return o.untried + new Error("big").stack.split("\n").slice(1, 3).map(l => l.trim().split(" ")[1].replace("Array.", "")).join(","); return x + 1; }
function thrower(o, x) { if (x > 1000) { o.untried; throw new RangeError("too big: " + x); } return x * 2; }
function callsRisky(o, x) { return risky(o, x); }
const indirect = [risky, (o, x) => x, thrower, (o, x) => -x, (o, x) => x / 2, (o, x) => 0];
function viaMany(o, x, k) { return indirect[k](o, x); }
function catcher(o, x, k) {
  try { return viaMany(o, x, k); } catch (e) { return e.message + " in " + new Error().stack.split("\n")[1].trim().split(" ")[1]; }
}
const holder = { untried: "u:" };
for (let r = 0; r < 12000; r++) { callsRisky(holder, r % 500); catcher(holder, r % 500, r % 6); catcher(holder, r % 500, 2); }
console.log("stack", callsRisky(holder, 5000), catcher(holder, 5000, 0));
console.log("thrown", catcher(holder, 5000, 2), catcher(holder, 7, 2), catcher(holder, 6000, 2));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log("depth", depth(5000));
// expect: warm 72000 414600 1300,1300,1300,1300,1300,1300
// expect: deopt 1.5 1s 2 6 5
// expect: deopt via many 3.25 5 12
// expect: callback 5,16,27,38 3.5,14 a01
// expect: this global global object:7 global global object:s | undefined:undefined undefined:undefined number:7 undefined:undefined undefined:undefined string:s | undefined:undefined number:2 undefined:undefined undefined:undefined undefined:undefined undefined:undefined
// expect: stack u:risky,callsRisky u:risky,viaMany
// expect: thrown too big: 5000 in catcher 14 too big: 6000 in catcher
// expect: depth 5000
