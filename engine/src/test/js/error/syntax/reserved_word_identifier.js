// Reserved words cannot be used as variable names.
var x = 1;
var class = 2;
// expect syntax error line 3
