// An operator with a missing operand.
var x = 1 +;
// expect syntax error line 2
