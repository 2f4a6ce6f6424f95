// return() unwinds nested try/finally blocks from the inside out; the return value is kept.
var log = [];
function* g() {
  try {
    try {
      try { yield 1; } finally { log.push("inner"); }
    } catch (e) { log.push("never caught"); }
    finally { log.push("middle"); }
  } finally { log.push("outer"); }
  log.push("not reached");
}
var it = g();
it.next();
console.log(JSON.stringify(it.return("done")), log.join(",")); // expect: {"value":"done","done":true} inner,middle,outer
function* override() { try { yield 1; } finally { return "from finally"; } }
var o = override(); o.next();
console.log(JSON.stringify(o.return("ignored"))); // expect: {"value":"from finally","done":true}
function* noTry() { yield 1; yield 2; }
var n = noTry(); n.next();
console.log(JSON.stringify(n.return({ a: 1 })), JSON.stringify(n.next())); // expect: {"value":{"a":1},"done":true} {"done":true}
function* catchOnly() { try { yield 1; } catch (e) { log.push("catch ran"); } yield 2; }
log = [];
var c = catchOnly(); c.next();
console.log(c.return(3).value, log.length); // expect: 3 0
