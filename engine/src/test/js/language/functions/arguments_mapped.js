// In sloppy functions with simple params, arguments is mapped to the parameters.
function f(a, b) {
  arguments[0] = "changed";
  b = "b2";
  return [a, arguments[1], arguments.length].join(",");
}
console.log(f(1, 2)); // expect: changed,b2,2
function g(a, b) { b = 5; return arguments[1]; }
console.log(g(1)); // expect: undefined
function h(a) { arguments.length = 0; return a + ":" + arguments.length; }
console.log(h(3)); // expect: 3:0
function k(a) { delete arguments[0]; arguments[0] = 9; return a; }
console.log(k(1)); // expect: 1
function t() { return Object.prototype.toString.call(arguments); }
console.log(t()); // expect: [object Arguments]
function it() { return [...arguments].join("-"); }
console.log(it(1, 2, 3)); // expect: 1-2-3
