// Assigning to a const binding throws TypeError; the object itself stays mutable.
const c = 1;
try { c = 2; } catch (e) { console.log(e instanceof TypeError, c); } // expect: true 1
try { c++; } catch (e) { console.log(e.name); } // expect: TypeError
try { c += 1; } catch (e) { console.log(e.name); } // expect: TypeError
const o = { v: 1 };
o.v = 2;
console.log(o.v); // expect: 2
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log(e instanceof TypeError); } // expect: true
for (const k of [1, 2]) console.log(k);
// expect: 1
// expect: 2
try { [c] = [5]; } catch (e) { console.log(e instanceof TypeError); } // expect: true
(function () { const f = 1; try { eval("f = 2"); } catch (e) { console.log(e.name); } })(); // expect: TypeError
