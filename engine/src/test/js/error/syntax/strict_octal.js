"use strict";
// Legacy octal literals are forbidden in strict mode.
var x = 017;
// expect syntax error line 3
