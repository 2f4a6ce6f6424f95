// setImmediate: runs after microtasks; each immediate's microtasks drain before the next immediate.
var out = [];
setImmediate(() => {
  out.push("imm1");
  Promise.resolve().then(() => out.push("imm1 promise"));
  queueMicrotask(() => out.push("imm1 microtask"));
  setImmediate(() => { out.push("imm3 (queued during imm1)"); setImmediate(() => console.log(out.join(" | "))); });
});
setImmediate((x) => { out.push("imm2 " + x); Promise.resolve().then(() => out.push("imm2 promise")); }, "arg");
Promise.resolve().then(() => out.push("main promise"));
out.push("sync");
var cancelled = setImmediate(() => out.push("cancelled"));
clearImmediate(cancelled);
// expect: sync | main promise | imm1 | imm1 promise | imm1 microtask | imm2 arg | imm2 promise | imm3 (queued during imm1)
