// Assignment destructuring to member expressions, computed keys and existing variables.
var o = {}, arr = [];
({ a: o.x, b: o["y"], c: arr[0] } = { a: 1, b: 2, c: 3 });
console.log(o.x, o.y, arr[0]); // expect: 1 2 3
var key = "dyn";
var t = {};
({ [key]: t[key + "2"] } = { dyn: "D" });
console.log(t.dyn2); // expect: D
var a, b;
[a, b = a] = [7];
console.log(a, b); // expect: 7 7
var log = [];
var target = { set p(v) { log.push("set " + v); } };
[target.p, target.p] = ["first", "second"];
console.log(log.join(",")); // expect: set first,set second
var r = ({ q: o.q } = { q: 9 });
console.log(r.q, o.q); // expect: 9 9
var x, y;
[x, ...[y]] = [1, 2, 3];
console.log(x, y); // expect: 1 2
