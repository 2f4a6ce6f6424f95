// yield* with an iterator lacking throw(): it is closed via return() and a TypeError is thrown; lacking return() just returns.
var log = [];
function makeIterable(withReturn) {
  return {
    [Symbol.iterator]() {
      var it = { next() { log.push("next"); return { value: 1, done: false }; } };
      if (withReturn) it.return = function () { log.push("return called"); return {}; };
      return it;
    }
  };
}
function* g(src) { try { yield* src; } finally { log.push("outer finally"); } }
var a = g(makeIterable(true)); a.next();
try { a.throw(new Error("x")); } catch (e) { console.log(e.constructor.name, e instanceof TypeError); } // expect: TypeError true
console.log(log.join("|")); // expect: next|return called|outer finally
log = [];
var b = g(makeIterable(false)); b.next();
try { b.throw("y"); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(log.join("|")); // expect: next|outer finally
log = [];
var c = g(makeIterable(false)); c.next();
console.log(JSON.stringify(c.return("R")), log.join("|")); // expect: {"value":"R","done":true} next|outer finally
var badReturn = { [Symbol.iterator]() { return { next() { return { done: false }; }, return() { return 5; } }; } };
function* h() { yield* badReturn; }
var d = h(); d.next();
try { d.return(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
