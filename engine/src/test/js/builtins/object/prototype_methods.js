const o = { own: 1 };
console.log(o.hasOwnProperty('own'), o.hasOwnProperty('toString'), Object.hasOwn(o, 'own'), Object.hasOwn(o, 'nope'));
console.log(Object.prototype.isPrototypeOf(o), o.isPrototypeOf(Object.prototype), Object.prototype.isPrototypeOf(1));
const child = Object.create(o);
console.log(o.isPrototypeOf(child), child.hasOwnProperty('own'), 'own' in child);
console.log(o.propertyIsEnumerable('own'), [].propertyIsEnumerable('length'), o.propertyIsEnumerable('toString'));
console.log(o.valueOf() === o, typeof Object.prototype.valueOf.call(1));
console.log(o.toLocaleString());
try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { console.log(e.constructor.name); }
console.log(Object.prototype.hasOwnProperty.call('abc', 'length'), Object.prototype.hasOwnProperty.call('abc', 1));
const k = { toString() { return 'own'; } };
console.log(o.hasOwnProperty(k));

// expect: true false true false
// expect: true false false
// expect: true false true
// expect: true false false
// expect: true object
// expect: [object Object]
// expect: TypeError
// expect: true true
// expect: true
