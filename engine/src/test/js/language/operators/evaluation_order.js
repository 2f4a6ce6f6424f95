// Operands are evaluated left to right, before the operator coerces them.
var log = [];
function v(name, val) { log.push(name); return val; }
v("a", 1) + v("b", 2) * v("c", 3);
console.log(log.join("")); // expect: abc
log = [];
var obj = { valueOf() { log.push("valueOf"); return 1; } };
v("x", obj) - v("y", obj);
console.log(log.join(",")); // expect: x,y,valueOf,valueOf
log = [];
v("f", function () {})(v("arg1"), v("arg2"));
console.log(log.join(",")); // expect: f,arg1,arg2
log = [];
var t = {};
v("target", t)[v("key", "k")] = v("value", 1);
console.log(log.join(",")); // expect: target,key,value
