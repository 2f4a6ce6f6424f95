// A stack overflow can be caught as RangeError and execution continues normally.
function deep(n) { return deep(n + 1) + 1; }
try { deep(0); } catch (e) { console.log(e instanceof RangeError, e.name); } // expect: true RangeError
var depth = 0;
function measure() { depth++; measure(); }
try { measure(); } catch (e) { console.log(depth > 1000); } // expect: true
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(1000)); // expect: 500500
try { deep(0); } catch (e) { console.log("second overflow caught"); } // expect: second overflow caught
var o = {}; o.toString = function () { return "" + this; };
try { String(o); } catch (e) { console.log("toString recursion", e instanceof RangeError); } // expect: toString recursion true
