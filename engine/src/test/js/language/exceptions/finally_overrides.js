// finally runs on every exit path; a return/throw in finally overrides the pending completion.
function a() { try { return "try"; } finally { return "finally"; } }
function b() { try { throw new Error("x"); } finally { return "finally swallows"; } }
function c() { try { return "try"; } finally { console.log("finally runs"); } }
console.log(a(), b()); // expect: finally finally swallows
console.log(c()); // expect: finally runs
// expect: try
function d() { var x = 1; try { return x; } finally { x = 2; } }
console.log(d()); // expect: 1
function e() { try { return "r"; } finally { throw new Error("from finally"); } }
try { e(); } catch (err) { console.log(err.message); } // expect: from finally
function f() { try { throw 1; } catch (v) { return "catch " + v; } finally { console.log("f finally"); } }
console.log(f()); // expect: f finally
// expect: catch 1
function g() { for (var i = 0; i < 3; i++) { try { continue; } finally { if (i === 1) return "returned at " + i; } } }
console.log(g()); // expect: returned at 1
