// A missing closing parenthesis in a call.
console.log("x";
// expect syntax error line 2
