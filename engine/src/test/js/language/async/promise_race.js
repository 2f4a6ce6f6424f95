// Promise.race settles like the first input to settle; empty input stays pending forever.
var later = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
var fail = (m, ms) => new Promise((_, j) => setTimeout(() => j(new Error(m)), ms));
(async () => {
  console.log(await Promise.race([later("fast", 2), later("slow", 40)])); // expect: fast
  try { await Promise.race([fail("boom", 2), later("ok", 40)]); } catch (e) { console.log("race rejected", e.message); } // expect: race rejected boom
  console.log(await Promise.race([later("timer", 1), "sync value"])); // expect: sync value
  console.log(await Promise.race([Promise.resolve("first"), Promise.resolve("second")])); // expect: first
  var settled = false;
  Promise.race([]).then(() => settled = true, () => settled = true);
  await later(null, 5);
  console.log("empty race settled:", settled); // expect: empty race settled: false
  var timeout = (p, ms) => Promise.race([p, new Promise((_, j) => setTimeout(() => j(new Error("timeout")), ms))]);
  try { await timeout(later("x", 40), 3); } catch (e) { console.log(e.message); } // expect: timeout
  console.log(await timeout(later("in time", 2), 40)); // expect: in time
})();
