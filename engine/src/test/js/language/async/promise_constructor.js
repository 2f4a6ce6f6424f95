// Promise constructor: executor runs synchronously; a throw rejects; only the first resolve/reject counts.
var log = [];
var p1 = new Promise((resolve, reject) => { log.push("executor"); resolve("first"); resolve("second"); reject(new Error("ignored")); });
log.push("after constructor");
console.log(log.join()); // expect: executor,after constructor
var p2 = new Promise(() => { throw new TypeError("executor threw"); });
var p3 = new Promise(resolve => { resolve("kept"); throw new Error("after resolve, ignored"); });
var p4 = new Promise((resolve, reject) => { reject("r1"); resolve("never"); });
try { new Promise(); } catch (e) { console.log("no executor:", e instanceof TypeError); } // expect: no executor: true
try { Promise(() => {}); } catch (e) { console.log("without new:", e instanceof TypeError); } // expect: without new: true
var captured;
new Promise(function (res, rej) { "use strict"; captured = [typeof res, typeof rej, res.length, rej.length, this]; });
console.log(captured.join()); // expect: function,function,1,1,
p1.then(v => console.log("p1", v));
p2.catch(e => console.log("p2", e.name, e.message));
p3.then(v => console.log("p3", v));
p4.catch(e => console.log("p4", e));
// expect: p1 first
// expect: p2 TypeError executor threw
// expect: p3 kept
// expect: p4 r1
