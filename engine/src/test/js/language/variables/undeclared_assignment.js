// In sloppy mode assigning to an undeclared name creates a global property.
function make() { created = 42; }
make();
console.log(created, globalThis.created); // expect: 42 42
var d = Object.getOwnPropertyDescriptor(globalThis, "created");
console.log(d.configurable, d.enumerable); // expect: true true
a = b = 7;
console.log(a, b); // expect: 7 7
try { unknownName; } catch (e) { console.log(e instanceof ReferenceError); } // expect: true
try { unknownFn(); } catch (e) { console.log(e.name); } // expect: ReferenceError
try { unknownName.prop = 1; } catch (e) { console.log(e.name); } // expect: ReferenceError
console.log(typeof unknownName); // expect: undefined
