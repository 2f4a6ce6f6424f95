// Calling undefined as a function is an uncaught TypeError after earlier output.
console.log("before"); // expect: before
var obj = {};
obj.missing();
console.log("never printed");
// expect runtime error: TypeError: obj.missing is not a function
