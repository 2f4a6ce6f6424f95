// Object.freeze, seal and preventExtensions.
var f = Object.freeze({ a: 1, nested: { b: 1 } });
f.a = 2; f.c = 3; delete f.a; f.nested.b = 2;
console.log(f.a, f.c, f.nested.b, Object.isFrozen(f)); // expect: 1 undefined 2 true
var s = Object.seal({ a: 1 });
s.a = 2; s.b = 3; delete s.a;
console.log(s.a, s.b, Object.isSealed(s), Object.isFrozen(s)); // expect: 2 undefined true false
var p = Object.preventExtensions({ a: 1 });
p.b = 1; delete p.a;
console.log(p.b, p.a, Object.isExtensible(p)); // expect: undefined undefined false
(function () {
  "use strict";
  try { f.a = 5; } catch (e) { console.log(e.name); } // expect: TypeError
  try { p.z = 5; } catch (e) { console.log(e.name); } // expect: TypeError
})();
try { Object.setPrototypeOf(p, {}); } catch (e) { console.log(e instanceof TypeError); } // expect: true
var fa = Object.freeze([1, 2]);
try { fa.push(3); } catch (e) { console.log(e instanceof TypeError, fa.length); } // expect: true 2
