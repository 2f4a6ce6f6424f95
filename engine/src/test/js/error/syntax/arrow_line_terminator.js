// No line terminator allowed between arrow parameters and =>.
var f = (a, b)
  => a + b;
// expect syntax error line 3
