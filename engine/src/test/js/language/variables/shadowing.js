// Inner bindings shadow outer ones; parameters, functions and catch params.
var v = "global";
function f(v) { return v; }
console.log(f("param")); // expect: param
function g() { var v = "local"; { let v = "block"; } return v; }
console.log(g()); // expect: local
try { throw "caught"; } catch (v) { console.log(v); } // expect: caught
console.log(v); // expect: global
function h(x) { var x; return x; }
console.log(h(3)); // expect: 3
function k(x) { function x() {} return typeof x; }
console.log(k(1)); // expect: function
function m() { var x = 1; function x() {} return typeof x; }
console.log(m()); // expect: number
