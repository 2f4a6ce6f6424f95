"use strict";
// delete of an unqualified identifier is forbidden in strict mode.
var x = 1;
delete x;
// expect syntax error line 4
