// for-of exits by break, return and throw call the generator's return(), running its finally block.
var log = [];
function* g(tag) { try { yield 1; yield 2; yield 3; } finally { log.push("finally " + tag); } }
for (var x of g("break")) { if (x === 2) break; }
console.log(log.join("|")); // expect: finally break
function f() { for (var x of g("return")) { return "returned " + x; } }
console.log(f(), log.join("|")); // expect: returned 1 finally break|finally return
try { for (var y of g("throw")) throw new Error("loop error"); } catch (e) { console.log(e.message, log.join("|")); } // expect: loop error finally break|finally return|finally throw
log = [];
outer: for (var i of [1, 2]) { for (var z of g("continue " + i)) continue outer; }
console.log(log.join("|")); // expect: finally continue 1|finally continue 2
log = [];
for (var w of g("exhausted")) {}
console.log(log.join("|")); // expect: finally exhausted
var it = g("reuse");
for (var q of it) break;
console.log(JSON.stringify(it.next())); // expect: {"done":true}
function* throwingFinally() { try { yield 1; } finally { throw new Error("from finally"); } }
try { for (var v of throwingFinally()) throw new Error("from body"); } catch (e) { console.log(e.message); } // expect: from body
try { for (var v of throwingFinally()) break; } catch (e) { console.log(e.message); } // expect: from finally
