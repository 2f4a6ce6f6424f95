// new on a non-constructor is an uncaught TypeError.
var arrow = () => {};
new arrow();
// expect runtime error: TypeError
