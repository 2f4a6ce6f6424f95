// Accessing let/const/class bindings before initialization throws ReferenceError.
try { console.log(a); } catch (e) { console.log(e instanceof ReferenceError); } // expect: true
let a = 1;
function readB() { return b; }
try { readB(); } catch (e) { console.log(e.name); } // expect: ReferenceError
const b = 2;
console.log(readB()); // expect: 2
{
  try { typeof c; } catch (e) { console.log("typeof throws in TDZ:", e instanceof ReferenceError); } // expect: typeof throws in TDZ: true
  let c = 3;
}
try { let d = d + 1; } catch (e) { console.log(e instanceof ReferenceError); } // expect: true
var x = "outer";
{
  try { x; } catch (e) { console.log("shadowed TDZ", e instanceof ReferenceError); } // expect: shadowed TDZ true
  let x = "inner";
}
try { (function (p = q, q = 1) {})(); } catch (e) { console.log(e instanceof ReferenceError); } // expect: true
try { new K(); } catch (e) { console.log(e instanceof ReferenceError); } // expect: true
class K {}
