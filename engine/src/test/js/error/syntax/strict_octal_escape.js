"use strict";
// Octal escape sequences are forbidden in strict mode.
var s = "\101";
// expect syntax error line 3
