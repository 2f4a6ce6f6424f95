// Property lookup walks the prototype chain; Object.create and setPrototypeOf.
var a = { x: "a", fromA: 1 };
var b = Object.create(a); b.y = "b";
var c = Object.create(b); c.z = "c";
console.log(c.x, c.y, c.z, c.fromA, c.nope); // expect: a b c 1 undefined
console.log(a.isPrototypeOf(c), c.hasOwnProperty("x"), Object.hasOwn(c, "z")); // expect: true false true
a.late = "added later";
console.log(c.late); // expect: added later
Object.setPrototypeOf(c, { x: "new" });
console.log(c.x, c.y); // expect: new undefined
var d = Object.create({ p: 1 }, { own: { value: 2, enumerable: true } });
console.log(d.p, d.own, Object.keys(d).join()); // expect: 1 2 own
var x = Object.create(null);
console.log(Object.getPrototypeOf(x), "toString" in x); // expect: null false
var cyc1 = {}, cyc2 = Object.create(cyc1);
try { Object.setPrototypeOf(cyc1, cyc2); } catch (e) { console.log("cycle", e instanceof TypeError); } // expect: cycle true
