// yield as an expression in many positions: arguments, operands, array/object literals, templates, conditions.
function* g() {
  var arr = [yield "a1", yield "a2"];
  var obj = { k: yield "o1", [yield "key"]: "computed" };
  var sum = (yield "s1") + (yield "s2");
  var tpl = `<${yield "t"}>`;
  var call = Math.max(yield "m1", yield "m2");
  var cond = (yield "c") ? "yes" : "no";
  var bare = yield;
  return JSON.stringify([arr, obj, sum, tpl, call, cond, bare]);
}
var it = g(), r = it.next(), seen = [], inputs = [1, 2, "v", "dyn", 3, 4, "T", 5, 9, true, "last"], i = 0;
while (!r.done) { seen.push(r.value === undefined ? "-" : r.value); r = it.next(inputs[i++]); }
console.log(seen.join(" ")); // expect: a1 a2 o1 key s1 s2 t m1 m2 c -
console.log(r.value); // expect: [[1,2],{"k":"v","dyn":"computed"},7,"<T>",9,"yes","last"]
function* precedence() { var x = yield 1 + 1; var y = yield, z = 3; return [x, y, z].join(); }
var p = precedence();
console.log(p.next().value, p.next("X").value, p.next("Y").value); // expect: 2 undefined X,Y,3
function* inLoop() { for (var i = 0; (yield i) !== "stop"; i++); return i; }
var l = inLoop();
l.next(); l.next(); l.next();
console.log(JSON.stringify(l.next("stop"))); // expect: {"value":2,"done":true}
