// Redeclaring a let binding in the same scope.
let a = 1;
let a = 2;
// expect syntax error line 3
