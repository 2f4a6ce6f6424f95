// next/return/throw while suspended at a yield: each resumes at that yield with a different completion.
var log = [];
function* g() {
  try {
    var v = yield "first";
    log.push("got " + v);
    yield "second";
  } catch (e) {
    log.push("caught " + e);
    yield "after catch";
  } finally {
    log.push("finally");
  }
  log.push("tail");
}
var a = g(); a.next();
console.log(a.next("x").value, log.join("|")); // expect: second got x
log = [];
var b = g(); b.next();
console.log(b.throw("oops").value, log.join("|")); // expect: after catch caught oops
console.log(JSON.stringify(b.next()), log.join("|")); // expect: {"done":true} caught oops|finally|tail
log = [];
var c = g(); c.next();
console.log(JSON.stringify(c.return("R")), log.join("|")); // expect: {"value":"R","done":true} finally
log = [];
var d = g(); d.next(); d.next();
console.log(d.throw("t1").value); // expect: after catch
try { d.throw(new Error("second throw")); } catch (e) { console.log(e.message, log.join("|")); } // expect: second throw got undefined|caught t1|finally
