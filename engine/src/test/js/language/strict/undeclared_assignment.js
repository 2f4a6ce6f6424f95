'use strict';
// Strict mode: assignment to an undeclared identifier throws ReferenceError.
try { undeclaredStrict = 1; } catch (e) { console.log(e instanceof ReferenceError, e.message); } // expect: true undeclaredStrict is not defined
console.log(typeof undeclaredStrict); // expect: undefined
try { (function () { inner = 2; })(); } catch (e) { console.log(e.name); } // expect: ReferenceError
