// Function.prototype has "caller" and "arguments" accessor properties whose getter
// and setter are %ThrowTypeError% (AddRestrictedFunctionProperties). Reading
// f.caller / f.arguments on a strict function, arrow, method or class therefore
// throws TypeError. Piste has no such accessors: the reads return undefined.
'use strict';
function f() {}
for (const k of ['caller', 'arguments']) {
  try { console.log(k, f[k]); } catch (e) { console.log(k, e.name); }
  const d = Object.getOwnPropertyDescriptor(Function.prototype, k);
  console.log(Object.hasOwn(f, k), typeof (d && d.get), d && d.get === d.set);
}
try { (() => 1).caller; console.log('no error'); } catch (e) { console.log('arrow', e.name); }
// expect: caller TypeError
// expect: false function true
// expect: arguments TypeError
// expect: false function true
// expect: arrow TypeError
