// An unterminated string literal.
var s = "abc;
// expect syntax error line 2
