// A finally block that yields during return(): the generator pauses, then completes with the return value.
var log = [];
function* g() {
  try { yield "body"; }
  finally {
    var x = yield "cleanup 1";
    log.push("resumed with " + x);
    yield "cleanup 2";
  }
}
var it = g();
it.next();
console.log(JSON.stringify(it.return("R"))); // expect: {"value":"cleanup 1","done":false}
console.log(JSON.stringify(it.next("v"))); // expect: {"value":"cleanup 2","done":false}
console.log(JSON.stringify(it.next())); // expect: {"value":"R","done":true}
console.log(log.join()); // expect: resumed with v
console.log(JSON.stringify(it.next())); // expect: {"done":true}
var it2 = g();
it2.next();
it2.return("first");
console.log(JSON.stringify(it2.return("second"))); // expect: {"value":"second","done":true}
var it3 = g();
it3.next(); it3.return("R3");
try { it3.throw(new Error("during cleanup")); } catch (e) { console.log(e.message); } // expect: during cleanup
console.log(JSON.stringify(it3.next())); // expect: {"done":true}
