// Function declarations are hoisted with their body; expressions are not.
console.log(early()); // expect: early
function early() { return "early"; }
try { notYet(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
var notYet = function () { return 1; };
console.log(notYet()); // expect: 1
function dup() { return 1; }
function dup() { return 2; }
console.log(dup()); // expect: 2
function outer() { return inner(); function inner() { return "inner"; } }
console.log(outer()); // expect: inner
