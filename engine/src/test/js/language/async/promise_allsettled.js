// Promise.allSettled: never rejects for element rejections; reports status/value/reason objects in order.
var later = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
var fail = (m, ms) => new Promise((_, j) => setTimeout(() => j(m), ms));
(async () => {
  var res = await Promise.allSettled([later("a", 3), fail("b-reason", 1), "c", Promise.reject("d")]);
  console.log(JSON.stringify(res));
  // expect: [{"status":"fulfilled","value":"a"},{"status":"rejected","reason":"b-reason"},{"status":"fulfilled","value":"c"},{"status":"rejected","reason":"d"}]
  console.log(Object.keys(res[0]).join(), Object.keys(res[1]).join()); // expect: status,value status,reason
  var empty = await Promise.allSettled([]);
  console.log(JSON.stringify(empty)); // expect: []
  var undef = await Promise.allSettled([undefined, Promise.reject(undefined)]);
  console.log(JSON.stringify(undef.map(r => Object.keys(r)))); // expect: [["status","value"],["status","reason"]]
  try { await Promise.allSettled(null); } catch (e) { console.log("null input", e instanceof TypeError); } // expect: null input true
})();
