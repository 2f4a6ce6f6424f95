// Unary minus directly before ** base is ambiguous and forbidden.
var a = 2;
var b = -a ** 2;
// expect syntax error line 3
