// with: closures made inside keep the object environment; calls get the object as this; var initializers assign the object's property; typeof and delete of names.
var o = { v: 1, get g() { return this.v * 10; }, m() { return this === o; } };
var v = "outer";
var reader;
with (o) {
  reader = function () { return v; };
  console.log(g, m(), typeof v, typeof missingName); // expect: 10 true number undefined
  var v = 5;
}
console.log(o.v, v, reader()); // expect: 5 outer 5
o.v = 7;
console.log(reader()); // expect: 7
delete o.v;
console.log(reader()); // expect: outer
function nested() { var inner = { w: "w1" }; with (inner) { return [1, 2].map(function () { return w; }).join(); } }
console.log(nested()); // expect: w1,w1
with ({ a: 1 }) with ({ b: 2 }) console.log(a + b); // expect: 3
try { with (null) {} } catch (e) { console.log(e instanceof TypeError); } // expect: true
var counter = { n: 0 };
with (counter) { n++; n += 2; }
console.log(counter.n); // expect: 3
