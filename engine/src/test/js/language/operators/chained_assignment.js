// Chained assignment evaluates right to left and yields the assigned value.
var a, b, c;
a = b = c = 5;
console.log(a, b, c); // expect: 5 5 5
var o = {};
var r = (o.x = o.y = "v");
console.log(r, o.x, o.y); // expect: v v v
var ro = Object.freeze({ p: 1 });
var res = (ro.p = 99);
console.log(res, ro.p); // expect: 99 1
var s = { set z(v) {} };
console.log((s.z = 7)); // expect: 7
