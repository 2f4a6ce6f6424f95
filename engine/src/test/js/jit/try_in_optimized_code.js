// try/catch/finally in functions tier 2 compiles: exceptions thrown inside try blocks leave optimized
// code for the interpreter at the handler, with every variable as it was; the code stays optimized.
function parse(xs) {
  let ok = 0, bad = 0, last = "";
  for (let i = 0; i < xs.length; i++) {
    try {
      if (typeof xs[i] !== "number") throw new TypeError("not a number: " + xs[i]);
      ok += xs[i];
    } catch (e) {
      bad++;
      last = e.message;
    } finally {
      ok += 0.5;
    }
  }
  return [ok, bad, last].join(" ");
}
const input = [];
for (let i = 0; i < 50; i++) input.push(i % 7 === 0 ? "x" + i : i);
let r;
for (let k = 0; k < 300; k++) r = parse(input);
console.log(r);

function nested(n) {
  let log = [];
  for (let i = 0; i < n; i++) {
    try {
      try {
        if (i % 3 === 0) null.f();
        log.push(i);
      } finally {
        if (i % 5 === 0) log.push("f" + i);
      }
    } catch (e) {
      log.push(e.constructor.name[0]);
    }
  }
  return log.join(",");
}
for (let k = 0; k < 200; k++) r = nested(12);
console.log(r);

function rethrow(x) {
  try { return x.y.z; } catch (e) { throw new RangeError("wrapped " + (e instanceof TypeError)); }
}
let caught = 0;
for (let k = 0; k < 2000; k++) { try { rethrow(k % 2 ? { y: { z: 1 } } : {}); } catch (e) { caught++; } }
console.log(caught);
try { rethrow({}); } catch (e) { console.log(e.message, e.stack.split("\n")[1].trim().split(" ")[1]); }

function iter(arr) { let s = 0; for (const v of arr) { if (v < 0) break; s += v; } return s; }
for (let k = 0; k < 2000; k++) r = iter([1, 2, 3, -1, 5]);
console.log(r);
function deep(n) { try { return deep(n + 1); } catch (e) { return n > 100; } }
console.log(deep(0));
// expect: 1054 8 not a number: x49
// expect: f0,T,1,2,T,4,5,f5,T,7,8,T,10,f10,11
// expect: 1000
// expect: wrapped true rethrow
// expect: 6
// expect: true
