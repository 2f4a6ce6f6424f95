var d = new Date(Date.UTC(2020, 0, 1));
console.log(d[Symbol.toPrimitive]("number"), typeof d[Symbol.toPrimitive]("default"), d[Symbol.toPrimitive]("string") === d.toString());
console.log(typeof (d + 1), typeof (d - 1), d - 1, d > new Date(0), d == d.toString());
try { d[Symbol.toPrimitive]("bogus"); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype[Symbol.toPrimitive].call(1, "number"); } catch (e) { console.log(e.name); }
var desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
console.log(desc.writable, desc.enumerable, desc.configurable);
// expect: 1577836800000 string true
// expect: string number 1577836799999 true true
// expect: TypeError: Invalid hint: bogus
// expect: TypeError
// expect: false false true
