// A finally block that throws during return(): the exception replaces the return and the generator completes.
var log = [];
function* g() {
  try {
    try { yield 1; } finally { log.push("inner"); throw new Error("cleanup failed"); }
  } finally { log.push("outer"); }
}
var it = g();
it.next();
try { it.return("R"); } catch (e) { console.log("caught", e.message); } // expect: caught cleanup failed
console.log(log.join(), JSON.stringify(it.next())); // expect: inner,outer {"done":true}
function* h() {
  try {
    try { yield 1; } finally { throw "converted"; }
  } catch (e) { yield "caught in generator: " + e; }
  yield "continues";
}
var h1 = h(); h1.next();
console.log(JSON.stringify(h1.return("R"))); // expect: {"value":"caught in generator: converted","done":false}
console.log(h1.next().value, h1.next().done); // expect: continues true
