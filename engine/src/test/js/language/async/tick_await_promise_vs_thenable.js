// await of a native promise takes 1 tick; a thenable 2 (a job calls then); a Promise subclass 3 (then is a reaction).
var log = [];
function ticker(n) { var i = 0; function t() { log.push("t" + ++i); if (i < n) queueMicrotask(t); } queueMicrotask(t); }
var native = Promise.resolve("P");
var thenable = { then(r) { r("T"); } };
async function awaitNative() { await native; log.push("native"); }
async function awaitThenable() { await thenable; log.push("thenable"); }
async function awaitPlain() { await "V"; log.push("plain"); }
ticker(4);
awaitNative();
awaitThenable();
awaitPlain();
setTimeout(() => console.log(log.join(" ")), 0); // expect: t1 native plain t2 thenable t3 t4
var log2 = [];
class MyPromise extends Promise {}
var sub = MyPromise.resolve("S");
async function awaitSubclass() { await sub; log2.push("subclass"); }
async function awaitPending() { var r; var p = new Promise(res => r = res); setTimeout(r, 5); await p; log2.push("pending resolved"); }
setTimeout(() => {
  var i = 0;
  (function t() { log2.push("t" + ++i); if (i < 5) queueMicrotask(t); })();
  awaitSubclass();
}, 30);
awaitPending();
setTimeout(() => console.log(log2.join(" ")), 60); // expect: pending resolved t1 t2 t3 t4 subclass t5
