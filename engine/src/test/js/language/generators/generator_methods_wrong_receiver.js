// next/return/throw called on something that is not a generator object throw TypeError.
function* g() { yield 1; }
var proto = Object.getPrototypeOf(g.prototype);
var targets = [{}, [], 1, undefined, (function () {})(), Object.create(g.prototype)];
var results = [];
for (var t of targets) {
  for (var m of ["next", "return", "throw"]) {
    try { proto[m].call(t, 0); results.push("ok"); }
    catch (e) { results.push(e instanceof TypeError ? "T" : e.name); }
  }
}
console.log(results.join("")); // expect: TTTTTTTTTTTTTTTTTT
var it = g();
var next = it.next;
try { next(); } catch (e) { console.log("detached next:", e instanceof TypeError); } // expect: detached next: true
console.log(next.call(it).value, next === g().next); // expect: 1 true
console.log(proto.next.length, proto.return.length, proto.throw.length); // expect: 1 1 1
