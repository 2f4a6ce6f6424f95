// yield* forwards next() values, throw() and return() to an inner generator.
var log = [];
function* inner() {
  try {
    var a = yield "i1";
    log.push("inner got " + a);
    var b = yield "i2";
    log.push("inner got " + b);
  } catch (e) {
    log.push("inner caught " + e);
    yield "i-recovered";
  } finally {
    log.push("inner finally");
  }
  return "inner done";
}
function* outer() { var r = yield* inner(); log.push("outer got " + r); yield "o-after"; }
var o = outer();
o.next("lost");
o.next("A");
console.log(o.next("B").value, log.join("|")); // expect: o-after inner got A|inner got B|inner finally|outer got inner done
log = [];
var t = outer(); t.next();
console.log(t.throw("E").value, log.join("|")); // expect: i-recovered inner caught E
console.log(t.next().value, log.join("|")); // expect: o-after inner caught E|inner finally|outer got inner done
log = [];
var r = outer(); r.next();
console.log(JSON.stringify(r.return("R")), log.join("|")); // expect: {"value":"R","done":true} inner finally
log = [];
function* outer2() { try { yield* inner(); } finally { log.push("outer finally"); } }
var r2 = outer2(); r2.next(); r2.next(1);
console.log(JSON.stringify(r2.return("R2")), log.join("|")); // expect: {"value":"R2","done":true} inner got 1|inner finally|outer finally
