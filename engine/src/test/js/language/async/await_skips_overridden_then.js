// await of a native promise uses the internal then (an own or patched `then` is not called); return p does call it.
var calls = [];
var p = Promise.resolve("real value");
p.then = function (f, r) { calls.push("own then"); return Promise.prototype.then.call(this, f, r); };
async function awaitIt() { return await p; }
async function returnIt() { return p; }
var origThen = Promise.prototype.then;
var q = Promise.resolve("q value");
(async () => {
  console.log(await awaitIt(), calls.length); // expect: real value 0
  console.log(await returnIt(), calls.join()); // expect: real value own then
  Promise.prototype.then = function (f, r) { calls.push("patched"); return origThen.call(this, f, r); };
  var v = await q;
  Promise.prototype.then = origThen;
  console.log(v, calls.join()); // expect: q value own then
  var ctorChanged = Promise.resolve("ctor");
  ctorChanged.constructor = function Fake() {};
  var identity = Promise.resolve(ctorChanged) === ctorChanged;
  console.log(identity, await ctorChanged); // expect: false ctor
})();
