const p = { hello: 'world' };
const o = {};
o.__proto__ = p;
console.log(o.hello, o.__proto__ === p, Object.getPrototypeOf(o) === p);
o.__proto__ = 5;
console.log(Object.getPrototypeOf(o) === p);
const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name);
try { p.__proto__ = o; } catch (e) { console.log(e.constructor.name, e.message); }
const n = Object.create(null);
n.__proto__ = p;
console.log(Object.getPrototypeOf(n), n.__proto__ === p);
console.log((1).__proto__ === Number.prototype, true.__proto__ === Boolean.prototype);

// expect: world true true
// expect: true
// expect: function function false true get __proto__ set __proto__
// expect: TypeError Cyclic __proto__ value
// expect: null true
// expect: true true
