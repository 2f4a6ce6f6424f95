// Calls from optimized code to the function a site has always called are entered directly; the
// callee changing, its code being replaced, exceptions, deep recursion and stack traces must all
// behave as for any call.
function add(a, b) { return a + b; }
function sumWith(f, n) { let s = 0; for (let i = 0; i < n; i++) s = f(s, i); return s; }
let total = 0;
for (let r = 0; r < 200; r++) total += sumWith(add, 100);
console.log("same callee", total);
// Another function at the same site, then closures of one function over different contexts.
console.log("other callee", sumWith((a, b) => a - b, 100), sumWith(Math.max, 100));
function makeAdder(k) { return (a, b) => a + b + k; }
let viaClosures = 0;
for (let r = 0; r < 300; r++) viaClosures += sumWith(makeAdder(r % 3), 10);
console.log("closures", viaClosures);

// The callee deoptimizes (a double where ints were seen) while called directly.
function half(x) { return x / 2 | 0; }
function mix(x) { return half(x) + 1; }
let m = 0;
for (let r = 0; r < 3000; r++) m += mix(r);
console.log("deopting callee", m, mix(7.5), mix("9"), mix({ valueOf() { return 11; } }));

// Exceptions thrown by a directly called function, caught by its caller's caller.
function thrower(x) { if (x === 2500) throw new RangeError("at " + x); return x; }
function callsThrower(x) { return thrower(x) + 1; }
let caught = "";
for (let r = 0; r < 3000; r++) {
  try { callsThrower(r); } catch (e) { caught = e.name + " " + e.message + " " + e.stack.split("\n").slice(1, 3).map(l => l.trim().split(" ")[1]).join(","); }
}
console.log("exception", caught);

// Deep recursion through direct calls is a RangeError, and the program goes on.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
for (let r = 0; r < 200; r++) depth(50);
let overflow = "none";
try { depth(1e6); } catch (e) { overflow = e instanceof RangeError; }
console.log("recursion", depth(1000), overflow);

// Methods called through this, with arguments objects and rest parameters.
const counter = { n: 0, bump(by) { this.n += by; return arguments.length; }, all(...xs) { return xs.length; } };
function drive(c, n) { let k = 0; for (let i = 0; i < n; i++) k += c.bump(1, 2) + c.all(i, i); return k; }
let driven = 0;
for (let r = 0; r < 100; r++) driven += drive(counter, 50);
console.log("methods", driven, counter.n);
// Frames made from the callee's layout: a sloppy function's this (undefined becomes the global
// object, a primitive its wrapper), missing arguments undefined, extra ones dropped, defaults,
// destructured parameters, an arrow function's this from its context.
function thisKind(a, b) { return typeof this + ":" + (this === globalThis) + ":" + a + ":" + b; }
function strictThis(a) { "use strict"; return typeof this + ":" + a; }
function withDefault(a, b = a * 2) { return a + b; }
function destructured({ x, y }, [z]) { return x + y + z; }
const arrowOwner = { v: 7, make() { return (a) => this.v + a; } };
function callsAll(n) {
  const arrow = arrowOwner.make();
  let out = "";
  for (let i = 0; i < n; i++) {
    out = [thisKind(i), thisKind.call(5, i, 1, 2), strictThis(i), strictThis.call("s", i, 9),
      withDefault(i), withDefault(i, 1), destructured({ x: i, y: 1 }, [2, 3]), arrow(i)].join(" ");
  }
  return out;
}
for (let r = 0; r < 300; r++) callsAll(10);
console.log("plain frames", callsAll(3));

// A function calling itself, then rebound to another function halfway through the recursion.
function countDown(n) { return n <= 0 ? "done" : countDown(n - 1); }
for (let r = 0; r < 300; r++) countDown(20);
const original = countDown;
console.log("self calls", countDown(10), (function () { countDown = function (n) { return n === 3 ? "swapped " + n : original(n); }; return original(6); })());
// A site that calls a few functions (polymorphic) enters each directly: a leaf, a function that
// calls on, one with an arguments object, one whose code deoptimizes; a fifth one seen later, and a
// closure of another function, take the generic call.
function leafAdd(a, b) { return a + b; }
function callsOn(a, b) { return leafAdd(a, b) * 2; }
function withArguments(a) { return arguments.length + a; }
function deopting(a, b) { return (a | 0) === a ? a - b : -1; }
const fourKinds = [leafAdd, callsOn, withArguments, deopting];
function polySite(fs, n) { let s = 0; for (let i = 0; i < n; i++) s += fs[i % fs.length](i, 1); return s; }
let poly = 0;
for (let r = 0; r < 400; r++) poly += polySite(fourKinds, 40);
console.log("polymorphic", poly, polySite([leafAdd, deopting, (a, b) => a * b, callsOn, withArguments], 10),
  polySite([deopting], 3), polySite([function (a) { return a + 0.5; }, leafAdd], 4));
// expect: same callee 990000
// expect: other callee -4950 99
// expect: closures 16500
// expect: deopting callee 2251500 4 5 6
// expect: exception RangeError at 2500 thrower,callsThrower
// expect: recursion 1000 true
// expect: methods 20000 5000
// expect: plain frames object:true:2:undefined object:false:2:1 undefined:2 string:2 6 3 5 9
// expect: self calls done swapped 3
// expect: polymorphic 404000 64 0 9
