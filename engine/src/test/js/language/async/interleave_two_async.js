// Two async functions awaiting resolved values interleave one step per microtask tick.
var out = [];
async function a() { out.push("a1"); await 0; out.push("a2"); await 0; out.push("a3"); }
async function b() { out.push("b1"); await 0; out.push("b2"); await 0; out.push("b3"); }
a(); b();
out.push("sync");
setTimeout(() => console.log(out.join(" ")), 0); // expect: a1 b1 sync a2 b2 a3 b3
var out2 = [];
async function slow() { out2.push("s1"); await Promise.resolve(); await null; out2.push("s2"); }
async function fast() { out2.push("f1"); await null; out2.push("f2"); }
setTimeout(() => { slow(); fast(); queueMicrotask(() => out2.push("q")); setTimeout(() => console.log(out2.join(" ")), 0); }, 1); // expect: s1 f1 f2 q s2
