// Non-enumerable properties are hidden from for-in, Object.keys, JSON.stringify and spread.
var o = { visible: 1 };
Object.defineProperty(o, "hidden", { value: 2, enumerable: false });
var seen = []; for (var k in o) seen.push(k);
console.log(seen.join(), Object.keys(o).join(), JSON.stringify(o)); // expect: visible visible {"visible":1}
console.log(Object.getOwnPropertyNames(o).join(), o.hidden, o.propertyIsEnumerable("hidden")); // expect: visible,hidden 2 false
console.log(Object.assign({}, o).hidden); // expect: undefined
var proto = {}; Object.defineProperty(proto, "ph", { value: 1, enumerable: false });
var child = Object.create(proto); child.own = 1;
var keys = []; for (var k2 in child) keys.push(k2);
console.log(keys.join()); // expect: own
class C { method() {} }
console.log(Object.keys(C.prototype).length); // expect: 0
