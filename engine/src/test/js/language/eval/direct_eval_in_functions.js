// Direct eval inside functions sees and assigns the caller's variables, this, arguments and TDZ.
function f() { var x = "local"; return [eval("x"), (0, eval)("typeof x")]; }
console.log(f().join()); // expect: local,undefined
function g(a, b) { let c = a + b; eval("c = c * 10"); return c + eval("a") + eval("arguments.length"); }
console.log(g(1, 2)); // expect: 33
function h() { "use strict"; eval("var strictIntro = 1"); return typeof strictIntro; }
console.log(h()); // expect: undefined
function k() { const q = 1; try { eval("q = 2"); } catch (e) { return e.name; } }
console.log(k()); // expect: TypeError
var obj = { v: 7, m() { return eval("this.v + 1"); } };
console.log(obj.m()); // expect: 8
function outer() { let o = "outer var"; return function inner() { return eval("o + '!'"); }; }
console.log(outer()()); // expect: outer var!
function loops() { const out = []; for (let i = 0; i < 3; i++) out.push(eval("i * 2")); return out.join(); }
console.log(loops()); // expect: 0,2,4
function tdz() { try { eval("z"); } catch (e) { return e.name; } let z = 1; }
console.log(tdz()); // expect: ReferenceError
