// Re-entering next/throw/return on a generator while it is executing throws TypeError.
var it;
function* g(mode) {
  try {
    if (mode === "next") it.next();
    else if (mode === "throw") it.throw(1);
    else it.return(2);
  } catch (e) {
    yield e.constructor.name + ": " + e.message;
  }
}
for (var m of ["next", "throw", "return"]) {
  it = g(m);
  console.log(m, it.next().value); // expect: next TypeError: Generator is already running
}
// expect: throw TypeError: Generator is already running
// expect: return TypeError: Generator is already running
function* h() { yield 1; h2.next(); }
var h2 = h();
h2.next();
try { h2.next(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(JSON.stringify(h2.next())); // expect: {"done":true}
