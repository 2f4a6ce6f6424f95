// &&=, ||=, ??= short-circuit: the assignment (and setter) does not happen when not needed.
var a = 0, b = 1, c = null, d = 0;
a ||= 5; b ||= 5; c ??= 7; d ??= 7;
console.log(a, b, c, d); // expect: 5 1 7 0
var x = 1, y = 0;
x &&= 9; y &&= 9;
console.log(x, y); // expect: 9 0
var sets = 0;
var o = { _v: 1, get v() { return this._v; }, set v(n) { sets++; this._v = n; } };
o.v ||= 100;
o.v ??= 100;
console.log(sets, o.v); // expect: 0 1
o.v &&= 2;
console.log(sets, o.v); // expect: 1 2
var fr = Object.freeze({ k: 1 });
(function () { "use strict"; fr.k ||= 2; console.log("no throw", fr.k); })(); // expect: no throw 1
var evals = 0;
function key() { evals++; return "k"; }
var t = { k: null };
t[key()] ??= "set";
console.log(t.k, evals); // expect: set 1
const cst = 1;
cst ||= 2;
console.log(cst); // expect: 1
try { cst &&= 3; } catch (e) { console.log(e instanceof TypeError); } // expect: true
