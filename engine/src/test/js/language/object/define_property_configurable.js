// Non-configurable properties cannot be deleted or redefined.
var o = {};
Object.defineProperty(o, "fixed", { value: 1, writable: true, configurable: false });
console.log(delete o.fixed, o.fixed); // expect: false 1
(function () { "use strict"; try { delete o.fixed; } catch (e) { console.log(e instanceof TypeError); } })(); // expect: true
try { Object.defineProperty(o, "fixed", { get() {} }); } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { Object.defineProperty(o, "fixed", { enumerable: true }); } catch (e) { console.log(e.name); } // expect: TypeError
Object.defineProperty(o, "fixed", { value: 2 });
console.log(o.fixed); // expect: 2
Object.defineProperty(o, "fixed", { writable: false });
try { Object.defineProperty(o, "fixed", { writable: true }); } catch (e) { console.log(e.name); } // expect: TypeError
Object.defineProperty(o, "fixed", { value: 2 });
console.log("same value ok"); // expect: same value ok
