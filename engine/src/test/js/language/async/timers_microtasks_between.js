// Microtasks queued by a timer callback run before the next timer callback, even with equal delays.
var out = [];
setTimeout(() => {
  out.push("t1");
  Promise.resolve().then(() => out.push("t1 promise")).then(() => out.push("t1 promise 2"));
  queueMicrotask(() => out.push("t1 microtask"));
}, 5);
setTimeout(() => { out.push("t2"); queueMicrotask(() => { out.push("t2 microtask"); setTimeout(() => out.push("t4 from microtask"), 0); }); }, 5);
setTimeout(() => out.push("t3"), 5);
setTimeout(() => console.log(out.join(", ")), 30);
// expect: t1, t1 promise, t1 microtask, t1 promise 2, t2, t2 microtask, t3, t4 from microtask
