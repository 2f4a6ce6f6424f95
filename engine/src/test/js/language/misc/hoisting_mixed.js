// Hoisting interplay between vars, functions and parameters in one function.
function f(a) {
  console.log(typeof a, typeof b, typeof c);
  var a; var b = 1;
  function c() {}
  console.log(typeof a, typeof b, typeof c);
  var c = 5;
  console.log(typeof c);
}
f(1);
// expect: number undefined function
// expect: number number function
// expect: number
