// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt functions are optimized again at once, so deopt counts differ)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// Guards of values that do not change in a loop run once, before it, and deoptimize to the loop's
// start: nothing the loop does has happened then, and what came before it happens once.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

// A shape check and field loads of an object the loop does not change.
function P(x, y) { this.x = x; this.y = y; }
const log = [];
function weighted(p, a) {
  log.push("enter");
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * p.x + p.y;
  return s;
}
%PrepareFunctionForOptimization(weighted);
weighted(new P(2, 3), [1, 2, 3]); weighted(new P(1, 1), [4, 5]);
%OptimizeFunctionOnNextCall(weighted);
console.log(weighted(new P(2, 3), [1, 2, 3]), optimized(weighted));
log.length = 0;
// Another shape: the moved check fails before the loop; "enter" is logged once, the loop runs once.
console.log(weighted({ y: 1, x: 10 }, [1, 2, 3]), optimized(weighted), %DeoptCount(weighted), log.join());
// expect: 21 true
// expect: 63 false 1 enter

// A loop that never runs, with a value its moved guard rejects: a deopt at the loop's start, once;
// the next compilation does not move guards out of that loop, so it does not deoptimize again.
function firstOf(p, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += p.x;
  return s;
}
%PrepareFunctionForOptimization(firstOf);
firstOf(new P(1, 2), 3); firstOf(new P(4, 5), 2);
%OptimizeFunctionOnNextCall(firstOf);
console.log(firstOf(new P(2, 0), 4), optimized(firstOf));
console.log(firstOf(null, 0), %DeoptCount(firstOf));
%OptimizeFunctionOnNextCall(firstOf);
console.log(firstOf(new P(3, 0), 2), firstOf(null, 0), firstOf(undefined, 0), optimized(firstOf), %DeoptCount(firstOf));
// expect: 8 true
// expect: 0 1
// expect: 6 0 0 true 1

// The loop changes the object: its shape check and field loads stay inside.
function grow(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += o.x;
    o.x = o.x + 1;
  }
  return s;
}
%PrepareFunctionForOptimization(grow);
grow({ x: 1 }, 3); grow({ x: 2 }, 3);
%OptimizeFunctionOnNextCall(grow);
console.log(grow({ x: 1 }, 5), optimized(grow));
// expect: 15 true

// A call in the loop may add a property (the shape check stays inside) or grow the array (its length is read each time).
function addZ(o, i) { if (i === 2) o.z = i; }
function scan(o, a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += o.x + a[i];
    addZ(o, i);
    if (a.length < 6) a.push(i);
  }
  return s + (o.z ?? -1);
}
%PrepareFunctionForOptimization(scan);
scan({ x: 1 }, [1, 2, 3]); scan({ x: 1 }, [1, 2, 3]);
%OptimizeFunctionOnNextCall(scan);
console.log(scan({ x: 1 }, [1, 2, 3]), scan({ x: 5 }, [9]), optimized(scan));
// expect: 17 51 true

// Invariant arithmetic: an int32 product of two values set before the loop that overflows
// deoptimizes to the loop's start, and the loop then runs in the interpreter with doubles.
function scaled(k, m, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + k * m) % 1000003;
  return s;
}
%PrepareFunctionForOptimization(scaled);
scaled(3, 4, 5); scaled(5, 6, 7);
%OptimizeFunctionOnNextCall(scaled);
console.log(scaled(7, 8, 9), optimized(scaled));
console.log(scaled(100000, 100000, 3), optimized(scaled));
// expect: 504 true
// expect: 910003 false
