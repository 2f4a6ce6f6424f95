// A block missing its closing brace before else.
if (true) {
  var x = 1;
else {}
// expect syntax error line 4
