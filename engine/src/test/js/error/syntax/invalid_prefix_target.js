// ++ requires a simple assignment target.
var a = 1;
++a++;
// expect syntax error line 3
