// Sloppy direct eval adds new vars and functions to the calling function's variable environment:
// visible after the eval, to closures, to typeof, deletable; strict eval keeps its own.
function a() { eval("var n = 1; function g() { return n + 1; }"); n += 10; return [n, g(), typeof n, delete n, typeof n].join(); }
console.log(a());
function b() { eval("var t = function () { return this; }"); return t() === undefined || t() === globalThis; }
console.log(b());
var shadow = "global";
function c() { eval("var shadow = 'local'"); return shadow; }
console.log(c(), shadow);
function d() { const inner = () => { eval("var v = 3"); return v; }; return [inner(), typeof v].join(); }
console.log(d());
function e() { var r = []; for (var i = 0; i < 3; i++) eval("var k" + i + " = i"); return [k0, k1, k2].join(); }
console.log(e());
function f() { eval("var w = 1"); return (() => w)() + (function () { return w; })(); }
console.log(f());
function g2() { if (true) { eval("var z = 5"); } return z; }
console.log(g2());
function h() { eval("var toString"); return typeof toString; }
console.log(h());
function i2() { eval("eval('var deep = 7')"); return deep; }
console.log(i2());
function j() { "use strict"; eval("var s = 1"); return typeof s; }
console.log(j());
function k() { eval("var u"); return u === undefined && "u" in {} === false; }
console.log(k());
function l() { eval("var x = 1"); eval("var x = 2"); return x; }
console.log(l());
function m() { try { return q; } catch (err) { return err.name; } finally { eval("var q = 1"); } }
console.log(m());
function n2() { eval("for (var fi = 0; fi < 2; fi++);"); return fi; }
console.log(n2());
function tf() { eval("var x = 1"); return typeof x + " " + x; }
console.log(tf());
function nested() { eval("var outerVar = 1"); function inner() { eval("var outerVar = 9"); return outerVar; } return [inner(), outerVar].join(); }
console.log(nested());
// expect: 11,12,number,true,undefined
// expect: true
// expect: local global
// expect: 3,undefined
// expect: 0,1,2
// expect: 2
// expect: 5
// expect: undefined
// expect: 7
// expect: undefined
// expect: true
// expect: 2
// expect: ReferenceError
// expect: 2
// expect: number 1
// expect: 9,1
