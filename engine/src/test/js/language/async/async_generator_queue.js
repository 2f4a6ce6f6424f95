// Async generator requests queue: several next() calls made at once resolve in order; throw/return are queued too.
var delay = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
async function* g() {
  try {
    yield await delay("a", 4);
    yield await delay("b", 1);
    yield "c";
  } finally { console.log("finally ran"); }
}
var it = g();
var order = [];
var ps = [it.next(), it.next(), it.return("R"), it.next()];
ps.forEach((p, i) => p.then(r => order.push(i + ":" + JSON.stringify(r))));
// The second part starts when the first has printed: no race between timers, however slow a mode is.
var firstDone = Promise.all(ps).then(() => console.log(order.join(" "))); // expect: finally ran
// expect: 0:{"value":"a","done":false} 1:{"value":"b","done":false} 2:{"value":"R","done":true} 3:{"done":true}
async function* h() { try { yield 1; } catch (e) { yield "caught " + e; } }
firstDone.then(() => setTimeout(async () => {
  var i2 = h();
  var r1 = i2.next(), r2 = i2.throw("T"), r3 = i2.next();
  console.log(JSON.stringify([await r1, await r2, await r3])); // expect: [{"value":1,"done":false},{"value":"caught T","done":false},{"done":true}]
  var i3 = h();
  try { await i3.throw(new Error("unstarted")); } catch (e) { console.log("rejected", e.message); } // expect: rejected unstarted
  console.log(JSON.stringify(await i3.next())); // expect: {"done":true}
}, 0));
