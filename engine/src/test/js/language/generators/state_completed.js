// next/return/throw on a completed generator: next gives done, return echoes, throw rethrows.
function* g() { yield 1; return "end"; }
var it = g();
it.next();
console.log(JSON.stringify(it.next())); // expect: {"value":"end","done":true}
console.log(JSON.stringify(it.next())); // expect: {"done":true}
console.log(JSON.stringify(it.return(42))); // expect: {"value":42,"done":true}
console.log(JSON.stringify(it.return())); // expect: {"done":true}
try { it.throw("t"); } catch (e) { console.log("rethrown", e); } // expect: rethrown t
console.log(JSON.stringify(it.next())); // expect: {"done":true}
function* bad() { yield 1; throw new Error("inside"); }
var b = bad();
b.next();
try { b.next(); } catch (e) { console.log(e.message); } // expect: inside
console.log(JSON.stringify(b.next())); // expect: {"done":true}
var r = bad();
r.next();
r.return("stop");
console.log(JSON.stringify(r.next())); // expect: {"done":true}
var r2 = g();
console.log(Object.keys(r2.next()).join(), Object.keys(it.next()).join(), it.next().value); // expect: value,done value,done undefined
