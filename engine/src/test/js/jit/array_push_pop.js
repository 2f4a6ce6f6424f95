// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt functions are optimized again at once, so deopt counts differ)
// a.push(v) and a.pop() on ordinary arrays run their fast paths in optimized code; anything else
// (a frozen array, an array-like, an empty array) deoptimizes before anything happened, once: the
// next compilation leaves that site a call.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

function fill(a, n) {
  let len = 0;
  for (let i = 0; i < n; i++) len = a.push(i * 2);
  return len;
}
function drain(a) {
  let s = 0;
  while (a.length > 1) s += a.pop();
  return s;
}
%PrepareFunctionForOptimization(fill); %PrepareFunctionForOptimization(drain);
fill([], 3); fill([1], 2); drain([1, 2, 3]); drain([4, 5]);
%OptimizeFunctionOnNextCall(fill); %OptimizeFunctionOnNextCall(drain);
const a = [];
console.log(fill(a, 5), a.join(), drain(a), a.join(), optimized(fill), optimized(drain));
// expect: 5 0,2,4,6,8 20 0 true true

// Elements kinds change under the fast path: ints, then doubles, then anything.
function mixed(a, v) { a.push(v); return a.length; }
%PrepareFunctionForOptimization(mixed);
mixed([1], 2); mixed([1], 3);
%OptimizeFunctionOnNextCall(mixed);
const m = [1, 2];
console.log(mixed(m, 3), mixed(m, 0.5), mixed(m, "s"), mixed(m, undefined), JSON.stringify(m), optimized(mixed));
// expect: 3 4 5 6 [1,2,3,0.5,"s",null] true

// Holes: pop of a hole is undefined; push after holes appends at the length.
const h = [1, , 3, ,];
console.log(mixed(h, 9), h.length, 3 in h, 4 in h);
function popOne(a) { return a.pop(); }
%PrepareFunctionForOptimization(popOne);
popOne([1, 2]); popOne([3, 4]);
%OptimizeFunctionOnNextCall(popOne);
const holes = [1, , ];
console.log(popOne([7, 8]), popOne(holes), holes.length, optimized(popOne));
// expect: 5 5 false true
// expect: 8 undefined 1 true

// A frozen array: push throws as it would unoptimized. Its shape differs (one deopt at the load of
// push), then the fast path declines (another); the third compilation calls push.
const frozen = Object.freeze([1, 2]);
try { mixed(frozen, 3); } catch (e) { console.log(e.constructor.name, frozen.length, %DeoptCount(mixed), optimized(mixed)); }
%OptimizeFunctionOnNextCall(mixed);
try { mixed(frozen, 3); } catch (e) { console.log(e.constructor.name, %DeoptCount(mixed), optimized(mixed)); }
%OptimizeFunctionOnNextCall(mixed);
try { mixed(frozen, 3); } catch (e) { console.log(e.constructor.name, %DeoptCount(mixed), optimized(mixed)); }
console.log(mixed([5], 6), frozen.join(), optimized(mixed));
// expect: TypeError 2 1 false
// expect: TypeError 2 false
// expect: TypeError 2 true
// expect: 2 1,2 true

// An empty array and an array-like: pop declines, the builtin answers.
console.log(popOne([]), popOne({ length: 2, 1: "b", pop: Array.prototype.pop }), %DeoptCount(popOne));
// expect: undefined b 1

// A push that another push made a different array: the values land where they belong.
function twoPushes(x, y) { x.push(1); y.push(2); return x.length * 10 + y.length; }
%PrepareFunctionForOptimization(twoPushes);
twoPushes([], []); twoPushes([], []);
%OptimizeFunctionOnNextCall(twoPushes);
const same = [];
console.log(twoPushes(same, same), same.join(), optimized(twoPushes));
// expect: 22 1,2 true
