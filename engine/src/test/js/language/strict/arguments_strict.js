'use strict';
// Strict mode: arguments is unmapped and callee access throws.
function f(a) { a = 10; return arguments[0]; }
console.log(f(1)); // expect: 1
function g(a) { arguments[0] = 10; return a; }
console.log(g(1)); // expect: 1
function h() { return arguments.callee; }
try { h(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
