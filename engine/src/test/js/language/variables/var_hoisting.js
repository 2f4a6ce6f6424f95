// var declarations are hoisted (initialized to undefined) to the function top.
console.log(x); // expect: undefined
var x = 5;
console.log(x); // expect: 5
function f() {
  console.log(y); // expect: undefined
  if (false) { var y = 1; }
  return typeof y;
}
console.log(f()); // expect: undefined
function g() { for (var i = 0; i < 3; i++) {} return i; }
console.log(g()); // expect: 3
var x;
console.log(x); // expect: 5
{ var blockVar = "b"; }
console.log(blockVar); // expect: b
