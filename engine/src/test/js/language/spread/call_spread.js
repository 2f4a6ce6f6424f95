// Spread in call arguments expands any iterable, mixed with normal args.
function f(...a) { return a.join(","); }
console.log(f(...[1, 2], 3, ...[4])); // expect: 1,2,3,4
console.log(f(..."hi"), f(...new Set([1, 1, 2])), f(...[]).length); // expect: h,i 1,2 0
console.log(Math.max(...[3, 9, 2])); // expect: 9
function* gen() { yield "g1"; yield "g2"; }
console.log(f(...gen())); // expect: g1,g2
try { f(...5); } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { f(...undefined); } catch (e) { console.log(e.name); } // expect: TypeError
var o = { m(...a) { return this.tag + a.length; }, tag: "T" };
console.log(o.m(...[1, 2, 3])); // expect: T3
console.log(new Array(...[1, 2, 3]).length, new Date(...[2020, 0, 1]).getFullYear()); // expect: 3 2020
