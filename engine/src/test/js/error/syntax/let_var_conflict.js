// var and let with the same name in one scope.
let v = 1;
{ var v = 2; }
// expect syntax error line 3
