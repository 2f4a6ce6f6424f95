// await inside for, for-of, for-in, while and do-while loops keeps loop state across suspensions.
var delay = (v) => new Promise(r => setTimeout(() => r(v), 1));
(async () => {
  var s = 0;
  for (var i = 0; i < 5; i++) s += await i;
  console.log("for", s); // expect: for 10
  var parts = [];
  for (const x of ["a", "b", "c"]) parts.push(await delay(x.toUpperCase()));
  console.log("for-of", parts.join("")); // expect: for-of ABC
  var keys = [];
  for (var k in { p: 1, q: 2 }) keys.push(await k);
  console.log("for-in", keys.join()); // expect: for-in p,q
  var n = 3, w = [];
  while (await n > 0) w.push(n--);
  console.log("while", w.join()); // expect: while 3,2,1
  var d = 0;
  do { d = await (d + 2); } while (d < 7);
  console.log("do-while", d); // expect: do-while 8
  var closures = [];
  for (let j = 0; j < 3; j++) { await null; closures.push(() => j); }
  console.log("let per iteration", closures.map(f => f()).join()); // expect: let per iteration 0,1,2
  var seq = [];
  for (var m = 0; m < 3; m++) { if (m === 1) continue; seq.push(await delay(m)); if (m === 2) break; }
  console.log("continue/break", seq.join()); // expect: continue/break 0,2
  var all = await Promise.all([3, 1, 2].map(async v => { await delay(v); return v * 10; }));
  console.log("parallel", all.join()); // expect: parallel 30,10,20
})();
