// Promise.any: first fulfillment wins; all rejected → AggregateError with errors in input order; empty → rejects.
var later = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
var fail = (m, ms) => new Promise((_, j) => setTimeout(() => j(new Error(m)), ms));
(async () => {
  console.log(await Promise.any([fail("x", 1), later("fast", 4), later("slow", 40)])); // expect: fast
  console.log(await Promise.any([Promise.reject(1), "plain"])); // expect: plain
  try {
    await Promise.any([fail("e1", 5), fail("e2", 1), Promise.reject(new TypeError("e3"))]);
  } catch (e) {
    console.log(e instanceof AggregateError, e.name, Array.isArray(e.errors)); // expect: true AggregateError true
    console.log(e.errors.map(x => x.message).join()); // expect: e1,e2,e3
    console.log(e instanceof Error, typeof e.message); // expect: true string
  }
  try { await Promise.any([]); } catch (e) {
    console.log("empty:", e.constructor === AggregateError, e.errors.length); // expect: empty: true 0
  }
  var agg = new AggregateError([1, 2], "custom");
  console.log(agg.message, agg.errors.join(), Object.prototype.hasOwnProperty.call(agg, "errors")); // expect: custom 1,2 true
})();
