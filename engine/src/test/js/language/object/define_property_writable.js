// Non-writable data properties: assignment ignored in sloppy mode, TypeError in strict.
var o = {};
Object.defineProperty(o, "x", { value: 1, writable: false, enumerable: true, configurable: true });
o.x = 2;
console.log(o.x); // expect: 1
(function () { "use strict"; try { o.x = 3; } catch (e) { console.log(e instanceof TypeError); } })(); // expect: true
Object.defineProperty(o, "x", { value: 9 });
console.log(o.x); // expect: 9
var child = Object.create(o);
child.x = 100;
console.log(child.x, child.hasOwnProperty("x")); // expect: 9 false
Object.defineProperty(child, "x", { value: 100, writable: true });
console.log(child.x, o.x); // expect: 100 9
var d = Object.getOwnPropertyDescriptor(Object.defineProperty({}, "y", { value: 1 }), "y");
console.log(d.writable, d.enumerable, d.configurable); // expect: false false false
