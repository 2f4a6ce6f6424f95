// Assigning to a call result is an early error.
var x = 1;
x + 1 = 2;
// expect syntax error line 3
