// super property access outside of a method.
function f() {
  return super.x;
}
// expect syntax error line 3
