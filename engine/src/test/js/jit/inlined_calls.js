// A function inlined into another may call a function that is not inlined (too large, with a try
// block, recursive): the call enters the callee's code directly. Stack traces, exceptions, a callee
// that changes, a callee whose code is replaced and a lazy deoptimization after the call must all
// behave as if nothing had been inlined.
function names(stack, count) {
  return stack.split("\n").slice(1, 1 + count).map(l => l.trim().split(" ")[1]).join(" < ");
}

// Not inlined itself (a try block), but compiled.
let seen = "";
function leaf(x) {
  try {
    if (x < 0) throw new RangeError("negative " + x);
    if (x === 1000) { seen = names(new Error().stack, 3); return 0; }
    return x * 2;
  } catch (e) {
    throw e;
  }
}
function middle(x) { return leaf(x) + 1; }
function outer(x) { return middle(x) * 3; }
let sum = 0;
for (let i = 0; i < 3000; i++) sum += outer(i % 100);
console.log("sum", sum);
outer(1000);
console.log("stack inside", seen);
try { outer(-5); } catch (e) { console.log(e.name, e.message, "|", names(e.stack, 3)); }

// Two levels inlined: each on the way appears once, innermost first.
function level2(x) { return leaf(x) - 1; }
function level1(x) { return level2(x) + level2(x + 1); }
function top(x) { return level1(x) | 0; }
let t = 0;
for (let i = 0; i < 3000; i++) t += top(i % 50);
console.log("two levels", t);
try { top(-9); } catch (e) { console.log(e.message, "|", names(e.stack, 4)); }

// A recursive callee, called from inlined code.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
function viaInlined(n) { return depth(n) + 0; }
function driver(n) { return viaInlined(n) + viaInlined(n >> 1); }
let d = 0;
for (let i = 0; i < 2000; i++) d += driver(i % 30);
console.log("recursive", d, driver(200));

// The function the inlined site calls changes: the new one runs, once, with the same arguments.
let calls = 0;
function a1(x) { calls++; return x + 1; }
function a2(x) { calls += 10; return x + 2; }
const holder = { f: a1 };
function callsHolder(x) { const f = holder.f; return f(x) + f(x); }
function big(x) { return callsHolder(x) * 2; }
for (let i = 0; i < 3000; i++) big(i);
calls = 0;
holder.f = a2;
console.log("changed callee", big(5), calls);
holder.f = a1;

// Deep recursion through an inlined function still ends in a RangeError.
function down(n) { return through(n); }
function through(n) { return n === 0 ? 0 : 1 + down(n - 1); }
for (let i = 0; i < 2000; i++) down(5);
try { down(1e6); console.log("no error"); } catch (e) { console.log(e.name); }

// A global the optimized code folded changes while the callee runs: the caller leaves its code
// after the call and finishes in the interpreter with the call's value.
var scale = 2;
function changesScale(x) { if (x === 77) scale = 5; return x; }
function usesScale(x) { return changesScale(x) * scale; }
function runsScale(x) { return usesScale(x) + 1; }
let s = 0;
for (let i = 0; i < 3000; i++) s += runsScale(i % 50);
console.log("lazy", s, runsScale(77), runsScale(3));

// A function's calls of itself are inlined once: a stack trace deep in the recursion shows every
// level, and a double where ints were seen deoptimizes the inlined level and all the others.
let recStack = "";
function rec(n, trigger) {
  if (n === 0) { if (trigger) recStack = names(new Error().stack, 4); return trigger ? 0.5 : 0; }
  return rec(n - 1, trigger) + 1;
}
let r = 0;
for (let i = 0; i < 3000; i++) r += rec(i % 10, false);
console.log("recursion", r, rec(6, true), recStack, rec(3, false));

// A call site of an inlined function that has called two functions: each is entered under its own
// guard, and a third deoptimizes.
function sq(x) { try { return x * x; } finally { } }
function cube(x) { try { return x * x * x; } finally { } }
function neg(x) { try { return -x; } finally { } }
function applyTo(f, x) { return f(x) + 1; }
function twoFns(i) { return applyTo(i % 2 === 0 ? sq : cube, i % 7); }
let tf = 0;
for (let i = 0; i < 3000; i++) tf += twoFns(i);
console.log("polymorphic", tf, applyTo(neg, 4), twoFns(3));
