// Ticks before an async function's caller sees its result: return value 1, return await p 2, return thenable 2, return p 3.
var log = [];
var p = Promise.resolve("x");
async function retValue() { return "x"; }
async function retPromise() { return p; }
async function retAwait() { return await p; }
async function retThenable() { return { then(r) { r("x"); } }; }
var i = 0;
queueMicrotask(function tick() { log.push("t" + ++i); if (i < 5) queueMicrotask(tick); });
retPromise().then(() => log.push("promise"));
retAwait().then(() => log.push("await"));
retValue().then(() => log.push("value"));
retThenable().then(() => log.push("thenable"));
setTimeout(() => console.log(log.join(" ")), 0); // expect: t1 value t2 await thenable t3 promise t4 t5
var log2 = [];
var resolveOuter;
new Promise(r => resolveOuter = r).then(() => log2.push("resolve(promise)"));
Promise.resolve().then(() => log2.push("A1")).then(() => log2.push("A2")).then(() => log2.push("A3"));
resolveOuter(Promise.resolve());
Promise.resolve().then(() => log2.push("B1")).then(() => log2.push("B2"));
setTimeout(() => console.log(log2.join(" ")), 0); // expect: A1 B1 A2 B2 A3 resolve(promise)
