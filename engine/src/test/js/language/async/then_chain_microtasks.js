// Promise reaction jobs and queueMicrotask share one FIFO queue; each .then link adds one tick.
var out = [];
Promise.resolve().then(() => out.push("p1")).then(() => out.push("p2")).then(() => out.push("p3"));
queueMicrotask(() => { out.push("q1"); queueMicrotask(() => out.push("q1-nested")); });
Promise.resolve().then(() => out.push("r1")).then(() => out.push("r2"));
queueMicrotask(() => out.push("q2"));
out.push("sync");
setTimeout(() => console.log(out.join(" ")), 0); // expect: sync p1 q1 r1 q2 p2 q1-nested r2 p3
var out2 = [];
var base = Promise.resolve("v");
base.then(() => out2.push("then A"));
base.then(() => out2.push("then B"));
base.then(() => { out2.push("then C"); queueMicrotask(() => out2.push("inner q")); });
base.then(() => out2.push("then D"));
setTimeout(() => console.log(out2.join(", ")), 0); // expect: then A, then B, then C, then D, inner q
