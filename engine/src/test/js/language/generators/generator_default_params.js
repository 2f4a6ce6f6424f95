// Generator default parameters are evaluated at call time, before the first next(); errors throw from the call.
var log = [];
function side(v) { log.push("default " + v); return v; }
function* g(a = side(1), b = side(a + 1)) { log.push("body"); yield a + b; }
var it = g();
console.log(log.join("|")); // expect: default 1|default 2
it.next();
console.log(log.join("|")); // expect: default 1|default 2|body
log = [];
g(10);
console.log(log.join("|")); // expect: default 11
function* h(x = missing) { yield x; }
try { h(); console.log("not thrown"); } catch (e) { console.log("thrown at call", e.name); } // expect: thrown at call ReferenceError
var ok = h(5);
console.log(ok.next().value); // expect: 5
function* d({ p, q } = { p: "P", q: "Q" }, [r] = "R") { yield p + q + r; }
console.log(d().next().value); // expect: PQR
try { d(null); } catch (e) { console.log(e instanceof TypeError); } // expect: true
var counter = 0;
function* c(n = ++counter) { yield n; }
var c1 = c(), c2 = c();
console.log(counter, c2.next().value, c1.next().value); // expect: 2 2 1
