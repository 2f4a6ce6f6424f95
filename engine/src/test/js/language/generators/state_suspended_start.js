// next/return/throw on a generator that has not started yet (suspended-start state).
var log = [];
function* g() { log.push("body"); try { yield 1; } finally { log.push("finally"); } }
var a = g();
console.log(JSON.stringify(a.return("r"))); // expect: {"value":"r","done":true}
console.log(log.length); // expect: 0
console.log(JSON.stringify(a.next())); // expect: {"done":true}
var b = g();
try { b.throw(new RangeError("early")); } catch (e) { console.log(e.name, e.message); } // expect: RangeError early
console.log(log.length, JSON.stringify(b.next())); // expect: 0 {"done":true}
var c = g();
console.log(JSON.stringify(c.next("ignored"))); // expect: {"value":1,"done":false}
console.log(log.join()); // expect: body
var d = g();
var thrownValue = {};
try { d.throw(thrownValue); } catch (e) { console.log(e === thrownValue); } // expect: true
console.log(JSON.stringify(d.return(5))); // expect: {"value":5,"done":true}
