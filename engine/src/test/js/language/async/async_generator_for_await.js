// Async generators: await inside, yield values consumed by for await...of, next() returns promises.
var delay = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
async function* countdown(n) { while (n > 0) { yield await delay(n, 1); n--; } return "liftoff"; }
async function* yieldsPromises() { yield Promise.resolve("unwrapped"); yield delay("delayed", 2); }
(async () => {
  var got = [];
  for await (var x of countdown(3)) got.push(x);
  console.log(got.join()); // expect: 3,2,1
  var it = countdown(1);
  var p = it.next();
  console.log(p instanceof Promise, JSON.stringify(await p)); // expect: true {"value":1,"done":false}
  console.log(JSON.stringify(await it.next())); // expect: {"value":"liftoff","done":true}
  console.log(JSON.stringify(await it.next())); // expect: {"done":true}
  for await (const v of yieldsPromises()) console.log(v); // expect: unwrapped
  // expect: delayed
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it); // expect: [object AsyncGenerator] function true
  console.log(typeof it[Symbol.iterator]); // expect: undefined
  var gen = async function* () { var received = yield "first"; yield "got " + received; };
  var g = gen();
  await g.next("ignored");
  console.log((await g.next("hello")).value); // expect: got hello
})();
