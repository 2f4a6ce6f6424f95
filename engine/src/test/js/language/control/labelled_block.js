// break out of a labelled non-loop block and labelled if.
var log = [];
block: {
  log.push("a");
  if (log.length) break block;
  log.push("never");
}
log.push("after");
console.log(log.join()); // expect: a,after
lbl: if (true) { log.push("in if"); break lbl; }
console.log(log.length); // expect: 3
function f() { x: { try { break x; } finally { log.push("finally"); } } return "done"; }
console.log(f(), log.pop()); // expect: done finally
