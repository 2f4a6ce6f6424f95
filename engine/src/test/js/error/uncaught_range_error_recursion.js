// Unbounded recursion ends with an uncaught RangeError.
function f() { f(); }
f();
// expect runtime error: RangeError: Maximum call stack size exceeded
