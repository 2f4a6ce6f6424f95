// arguments is unmapped in strict functions and in functions with non-simple params.
function strictF(a) { "use strict"; arguments[0] = 9; a = 2; return arguments[0]; }
console.log(strictF(1)); // expect: 9
function withDefault(a, b = 0) { arguments[0] = 9; return a; }
console.log(withDefault(1)); // expect: 1
function withRest(a, ...r) { a = 5; return arguments[0]; }
console.log(withRest(1)); // expect: 1
function withDestructure({ x }, y) { y = 3; return arguments[1]; }
console.log(withDestructure({ x: 1 }, 2)); // expect: 2
function callee() { "use strict"; try { return arguments.callee; } catch (e) { return e.name; } }
console.log(callee()); // expect: TypeError
function sloppyCallee() { return arguments.callee === sloppyCallee; }
console.log(sloppyCallee()); // expect: true
