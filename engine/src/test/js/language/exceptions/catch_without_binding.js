// Optional catch binding and catch parameter scoping.
try { throw 1; } catch { console.log("caught without binding"); } // expect: caught without binding
var e = "outer";
try { throw "inner"; } catch (e) { e = "modified"; }
console.log(e); // expect: outer
try { throw 1; } catch (err) { var err = 2; var hoisted = err; }
console.log(hoisted, typeof err); // expect: 2 undefined
try { throw 1; } catch (x) { (function () { console.log(x); })(); } // expect: 1
