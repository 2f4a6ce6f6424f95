// A rest parameter must be last.
function f(...a, b) {}
// expect syntax error line 2
