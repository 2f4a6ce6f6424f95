// Optional chains are not valid assignment targets.
var o = {};
o?.x = 1;
// expect syntax error line 3
