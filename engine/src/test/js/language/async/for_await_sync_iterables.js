// for await over sync iterables awaits each value (promises and plain values) in order.
var delay = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  var out = [];
  for await (const v of [delay("slow", 5), "plain", delay("fast", 1), Promise.resolve(4)]) out.push(v);
  console.log(out.join()); // expect: slow,plain,fast,4
  out = [];
  for await (const ch of "hi") out.push(ch);
  console.log(out.join()); // expect: h,i
  function* syncGen() { yield 1; yield Promise.resolve(2); yield delay(3, 1); }
  out = [];
  for await (const n of syncGen()) out.push(n);
  console.log(out.join()); // expect: 1,2,3
  try {
    for await (const v of [Promise.resolve("ok"), Promise.reject(new Error("element rejected"))]) console.log("got", v); // expect: got ok
  } catch (e) { console.log("caught", e.message); } // expect: caught element rejected
  var m = new Map([["k1", 1], ["k2", 2]]);
  out = [];
  for await (const [k, v] of m) out.push(k + "=" + v);
  console.log(out.join("&")); // expect: k1=1&k2=2
  var x;
  for await (x of [Promise.resolve("assign target")]);
  console.log(x); // expect: assign target
})();
