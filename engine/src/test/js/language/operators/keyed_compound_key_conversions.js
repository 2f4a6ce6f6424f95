// Compound assignment, update and logical assignment on o[k] convert an object key once for the
// read and once for the write (as the specification and V8 do).
const log = []; const k = { toString() { log.push("key"); return "a"; } }; const o = { a: 1 };
o[k]++; console.log(log.join()); log.length = 0; o[k] ??= 5; console.log(log.join()); log.length = 0; o[k] &&= 2; console.log(log.join(), o.a); log.length = 0; [o[k]] = [3]; console.log(log.join()); log.length = 0; o[k] **= 2; console.log(log.join(), o.a);
const n = { b: null }; const k2 = { toString() { log.push("k2"); return "b"; } }; log.length = 0; n[k2] ??= 7; console.log(log.join(), n.b);
const arr = [1, 2]; let i = 0; arr[i++] += 10; console.log(arr.join(), i);
const s = Symbol("s"); const os = { [s]: 1 }; os[s] += 1; os[s]++; console.log(os[s]);
const logged = []; const key = { toString() { logged.push("k"); return "x"; } }; const t = {};
try { t[key].y += 1; } catch (e) { console.log(e.constructor.name, logged.join()); }
// expect: key,key
// expect: key
// expect: key,key 2
// expect: key
// expect: key,key 9
// expect: k2,k2 7
// expect: 11,2 1
// expect: 3
// expect: TypeError k
