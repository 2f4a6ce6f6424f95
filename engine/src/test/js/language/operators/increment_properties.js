// ++/-- on properties, elements and computed keys evaluate the target once.
var o = { n: 1 };
console.log(o.n++, o.n, ++o.n, o.n); // expect: 1 2 3 3
var arr = [5];
arr[0]--;
console.log(arr[0]); // expect: 4
var evals = 0;
function idx() { evals++; return 0; }
arr[idx()]++;
console.log(arr[0], evals); // expect: 5 1
var s = { v: "9" };
s.v++;
console.log(s.v, typeof s.v); // expect: 10 number
var g = { _x: 1, get x() { return this._x; }, set x(v) { this._x = v * 10; } };
g.x++;
console.log(g.x); // expect: 20
o.missing++;
console.log(o.missing); // expect: NaN
