// Stores that fill an array in order from its start (new Array(n), then a[i] = v for i = 0, 1, ...)
// or append at its length take a fast path in every tier; it must give way to the full [[Set]]
// wherever that differs: elements or setters on the prototype chain, non-extensible arrays, a
// read-only length, holes, and arrays that change kind (ints, then doubles, then other values).
function fill(n, f) {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = f(i);
  return a;
}
function describe(a) {
  let holes = 0;
  for (let i = 0; i < a.length; i++) if (!(i in a)) holes++;
  return a.length + "/" + holes + "/" + a.slice(0, 4).join(",") + "/" + a[a.length - 1];
}
let last = "";
for (let r = 0; r < 400; r++) {
  last = [describe(fill(50, i => i * 2)), describe(fill(50, i => i / 4)), describe(fill(50, i => i % 3 ? i : "s" + i)),
    describe(fill(50, i => i > 20 ? i + 0.5 : i))].join(" ");
}
console.log("fill", last);

// Appending at the length, and past the end of the elements below the length.
function appendTo(a, n) { for (let i = 0; i < n; i++) a[a.length] = i; return a.length; }
function fillFrom(a, start, n) { for (let i = start; i < start + n; i++) a[i] = i; return describe(a); }
let appended = 0, filled = "";
for (let r = 0; r < 300; r++) {
  appended += appendTo([], 20);
  const b = new Array(10);
  filled = fillFrom(b, 0, 5) + " " + fillFrom(new Array(10), 3, 4);
}
console.log("append", appended, filled);

// A setter on Array.prototype at an index the fill reaches: called, not shadowed.
let setterCalls = 0;
Object.defineProperty(Array.prototype, 7, { set(v) { setterCalls++; }, get() { return "proto"; }, configurable: true });
const withSetter = fill(10, i => i);
console.log("prototype setter", setterCalls, describe(withSetter), withSetter.hasOwnProperty(7), withSetter[7]);
delete Array.prototype[7];
console.log("setter gone", describe(fill(10, i => i)));

// Non-extensible arrays do not grow; a read-only length stops appends but not fills below it.
const sealedish = Object.preventExtensions(new Array(4));
function tryFill(a) { for (let i = 0; i < 4; i++) a[i] = i; return describe(a); }
console.log("non-extensible", tryFill(sealedish));
function strictAppend(a, v) { "use strict"; a[a.length] = v; }
const fixed = [1, 2, 3];
Object.defineProperty(fixed, "length", { writable: false });
let refused = "";
try { strictAppend(fixed, 4); } catch (e) { refused = e.constructor.name; }
const fixedSparse = new Array(3);
Object.defineProperty(fixedSparse, "length", { writable: false });
fixedSparse[0] = "a"; fixedSparse[1] = "b";
console.log("read-only length", refused, describe(fixed), describe(fixedSparse));
// expect: fill 50/0/0,2,4,6/98 50/0/0,0.25,0.5,0.75/12.25 50/0/s0,1,2,s3/49 50/0/0,1,2,3/49.5
// expect: append 6000 10/5/0,1,2,3/undefined 10/6/,,,3/undefined
// expect: prototype setter 1 10/0/0,1,2,3/9 false proto
// expect: setter gone 10/0/0,1,2,3/9
// expect: non-extensible 4/4/,,,/undefined
// expect: read-only length TypeError 3/0/1,2,3/3 3/1/a,b,/undefined
