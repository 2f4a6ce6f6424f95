// await as an identifier inside an async function body is invalid.
async function f() {
  var await = 1; }
// expect syntax error line 3
