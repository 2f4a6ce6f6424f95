'use strict';
// Strict eval gets its own variable environment.
eval("var evalVar = 1");
console.log(typeof evalVar); // expect: undefined
var x = 1;
eval("x = 2");
console.log(x); // expect: 2
console.log(eval("(function(){ return this; })()")); // expect: undefined
