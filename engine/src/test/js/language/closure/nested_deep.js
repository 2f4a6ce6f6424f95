// Closures nested five levels deep see all enclosing scopes.
function l1(a) {
  return function l2(b) {
    return function l3(c) {
      return function l4(d) {
        return function l5(e) { a++; return [a, b, c, d, e].join(""); };
      };
    };
  };
}
var fn = l1(1)(2)(3)(4);
console.log(fn(5)); // expect: 22345
console.log(fn(5)); // expect: 32345
var x = 0;
function outer() { var y = 1; return () => () => () => () => x + y; }
var inner = outer()()()();
x = 100;
console.log(inner()); // expect: 101
