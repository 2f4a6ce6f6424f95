// Function.prototype.call/apply/bind set this and arguments.
function f(a, b) { return this.x + a + b; }
var o = { x: 1 };
console.log(f.call(o, 2, 3), f.apply(o, [2, 3]), f.apply(o, { length: 2, 0: 10, 1: 20 })); // expect: 6 6 31
var b = f.bind(o, 100);
console.log(b(1), b.length); // expect: 102 1
var b2 = b.bind({ x: 999 }, 1);
console.log(b2(), b2.length); // expect: 102 0
function P(a, b) { this.sum = a + b; }
var BP = P.bind({ ignored: true }, 1);
var inst = new BP(2);
console.log(inst.sum, inst instanceof P, inst.ignored); // expect: 3 true undefined
console.log(Math.max.apply(null, [1, 5, 3])); // expect: 5
console.log(Array.prototype.slice.call("abc").join("|")); // expect: a|b|c
console.log(f.apply(o, null) !== f.apply(o, null)); // expect: true
try { f.call.call(1); } catch (e) { console.log(e instanceof TypeError); } // expect: true
