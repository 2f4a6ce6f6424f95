// Promise.all: results in input order, non-promise values, empty input, first rejection wins.
var later = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
var fail = (m, ms) => new Promise((_, j) => setTimeout(() => j(new Error(m)), ms));
(async () => {
  console.log((await Promise.all([later("slow", 6), "plain", later("fast", 2), Promise.resolve(4)])).join()); // expect: slow,plain,fast,4
  var empty = await Promise.all([]);
  console.log(Array.isArray(empty), empty.length); // expect: true 0
  console.log((await Promise.all(new Set([1, 2, 2, 3]))).join()); // expect: 1,2,3
  console.log((await Promise.all("ab")).join()); // expect: a,b
  try { await Promise.all([later(1, 1), fail("second", 3), Promise.reject(new Error("first"))]); } catch (e) { console.log("rejected with", e.message); } // expect: rejected with first
  try { await Promise.all(5); } catch (e) { console.log("not iterable", e instanceof TypeError); } // expect: not iterable true
  var thenable = { then(r) { r("thenable ok"); } };
  console.log((await Promise.all([thenable])).join()); // expect: thenable ok
  function* gen() { yield later("g1", 1); yield "g2"; }
  console.log((await Promise.all(gen())).join()); // expect: g1,g2
  var holes = await Promise.all([, 1]);
  console.log(holes.length, holes[0]); // expect: 2 undefined
})();
