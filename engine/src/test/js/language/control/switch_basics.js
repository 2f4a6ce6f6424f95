// switch: strict comparison, fallthrough, default in the middle, expressions in cases.
function sw(x) {
  var r = [];
  switch (x) {
    case 1: r.push("one");
    case 2: r.push("two"); break;
    default: r.push("default");
    case 3: r.push("three"); break;
    case "1": r.push("string one");
  }
  return r.join("+");
}
console.log(sw(1)); // expect: one+two
console.log(sw(2)); // expect: two
console.log(sw(3)); // expect: three
console.log(sw(9)); // expect: default+three
console.log(sw("1")); // expect: string one
var evals = [];
function c(v) { evals.push(v); return v; }
switch (2) { case c(1): break; case c(2): break; case c(3): break; }
console.log(evals.join()); // expect: 1,2
switch (NaN) { case NaN: console.log("nan matched"); break; default: console.log("NaN never matches"); } // expect: NaN never matches
var o = {};
switch (o) { case {}: console.log("other obj"); break; case o: console.log("same obj"); } // expect: same obj
switch (1) {}
console.log("empty switch ok"); // expect: empty switch ok
