// Generator return() and throw() run finally blocks and complete the generator.
var log = [];
function* g() { try { yield 1; yield 2; } finally { log.push("cleanup"); } }
var it = g();
it.next();
console.log(JSON.stringify(it.return("early")), log.join(), JSON.stringify(it.next())); // expect: {"value":"early","done":true} cleanup {"done":true}
function* h() { try { yield 1; } catch (e) { yield "caught " + e; } yield "after"; }
var i2 = h(); i2.next();
console.log(i2.throw("boom").value, i2.next().value, i2.next().done); // expect: caught boom after true
var fresh = h();
try { fresh.throw(new Error("unstarted")); } catch (e) { console.log(e.message, JSON.stringify(fresh.next())); } // expect: unstarted {"done":true}
function* f2() { try { yield 1; } finally { yield "from finally"; } }
var i3 = f2(); i3.next();
console.log(i3.return("r").value, JSON.stringify(i3.next())); // expect: from finally {"value":"r","done":true}
function* self() { try { it4.next(); } catch (e) { yield e instanceof TypeError; } }
var it4 = self();
console.log(it4.next().value); // expect: true
