"use strict";
// Duplicate parameter names are forbidden in strict mode.
function f(a, a) {}
// expect syntax error line 3
