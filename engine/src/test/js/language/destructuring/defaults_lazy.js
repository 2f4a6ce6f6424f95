// Default values are evaluated only when the value is undefined (not null).
var n = 0;
function d() { n++; return "d"; }
var { a = d(), b = d(), c = d() } = { a: 0, b: null };
console.log(a, b, c, n); // expect: 0 null d 1
var [x = d(), y = d()] = [undefined, false];
console.log(x, y, n); // expect: d false 2
var { p = 1, q = p + 1 } = {};
console.log(p, q); // expect: 1 2
var { f = function () {}, g = () => {} } = {};
console.log(f.name, g.name); // expect: f g
