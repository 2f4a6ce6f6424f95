// Assigning to a const is an uncaught TypeError.
const k = 1;
k = 2;
// expect runtime error: TypeError: Assignment to constant variable.
