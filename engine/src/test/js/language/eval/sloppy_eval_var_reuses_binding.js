// Sloppy direct eval: a var or function the eval declares is the caller's existing binding;
// a let of the same name in between is a SyntaxError.
function h() { var y = 1; eval("var y = 2"); return y; }
console.log(h());
function h2(p) { eval("var p = p * 10; function p2() {}"); return p; }
console.log(h2(4));
function h3() { var f = 1; eval("function f() { return 'fn'; }"); return typeof f === "function" ? f() : f; }
console.log(h3());
function h4() { let z = 1; try { eval("var z = 2"); } catch (e) { return e.name + ": " + e.message; } }
console.log(h4());
function h5() { try { throw 1; } catch (e) { eval("var e = 5"); return e; } }
console.log(h5());
function h6() { var a = 1; { let a2 = 3; eval("var a = a2 + a"); } return a; }
console.log(h6());
function h7() { var q = 1; (() => { eval("var q = 9"); })(); return q; }
console.log(h7());
function h9() { "use strict"; var s = 1; eval("var s = 2"); return s; }
console.log(h9());
// expect: 2
// expect: 40
// expect: fn
// expect: SyntaxError: Identifier 'z' has already been declared
// expect: 5
// expect: 4
// expect: 1
// expect: 1
