// Default parameters are evaluated at call time, left to right, only for undefined.
function f(a, b = a * 2, c = a + b) { return [a, b, c].join(","); }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null)); // expect: 1,2,3 1,5,6 1,2,0 1,,1
var count = 0;
function g(x = ++count) { return x; }
g(); g(); g(10);
console.log(count); // expect: 2
function h(arr = []) { arr.push(1); return arr.length; }
console.log(h(), h()); // expect: 1 1
var x = "outer";
function scope(a = () => x) { var x = "inner"; return a(); }
console.log(scope()); // expect: outer
function usesThis(a = this.v) { return a; }
console.log(usesThis.call({ v: 9 })); // expect: 9
function len(a, b = 1, c) {}
console.log(len.length); // expect: 1
