"use strict";
// with statements are forbidden in strict mode.
with ({}) {}
// expect syntax error line 3
