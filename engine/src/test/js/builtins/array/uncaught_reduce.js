[].reduce(function (a, b) { return a + b; });
// expect runtime error: TypeError: Reduce of empty array with no initial value
