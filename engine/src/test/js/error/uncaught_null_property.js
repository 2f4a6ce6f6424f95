// Reading a property of null is an uncaught TypeError.
var n = null;
console.log(n.x);
// expect runtime error: TypeError: Cannot read properties of null (reading 'x')
