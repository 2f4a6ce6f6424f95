// throw() caught inside the generator: execution continues and later yields still work.
function* worker() {
  var errors = 0;
  for (var i = 0; i < 3; i++) {
    try { yield "step " + i; }
    catch (e) { errors++; yield "handled " + e.message; }
  }
  return "errors=" + errors;
}
var w = worker();
console.log(w.next().value); // expect: step 0
console.log(w.throw(new Error("a")).value); // expect: handled a
console.log(w.next().value); // expect: step 1
console.log(w.next().value); // expect: step 2
console.log(w.throw(new Error("b")).value); // expect: handled b
console.log(JSON.stringify(w.next())); // expect: {"value":"errors=2","done":true}
function* outer() { try { yield 1; yield 2; } catch (e) { return "returned " + e; } }
var o = outer(); o.next();
console.log(JSON.stringify(o.throw("x"))); // expect: {"value":"returned x","done":true}
function* rethrow() { try { yield 1; } catch (e) { throw new TypeError("wrapped " + e); } }
var r = rethrow(); r.next();
try { r.throw("inner"); } catch (e) { console.log(e.name, e.message); } // expect: TypeError wrapped inner
