// A getter must have no parameters.
var o = {
  get x(a) { return a; }
};
// expect syntax error line 3
