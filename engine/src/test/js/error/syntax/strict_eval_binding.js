"use strict";
// eval and arguments cannot be binding names in strict mode.
var eval = 1;
// expect syntax error line 3
