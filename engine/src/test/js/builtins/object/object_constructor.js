console.log(typeof Object(), JSON.stringify(Object(null)), JSON.stringify(new Object(undefined)));
const o = {};
console.log(Object(o) === o, new Object(o) === o);
const n = Object(5);
console.log(typeof n, n instanceof Number, n + 1, Object.prototype.toString.call(Object('s')));
console.log(Object.length, Object.name, Object.prototype.constructor === Object);
class Sub extends Object { constructor() { super(); this.x = 1; } }
const s = new Sub();
console.log(s instanceof Sub, s.x, Object.getPrototypeOf(s) === Sub.prototype);
console.log(typeof Object(Symbol('q')), Object(true) instanceof Boolean);

// expect: object {} {}
// expect: true true
// expect: object true 6 [object String]
// expect: 1 Object true
// expect: true 1 true
// expect: object true
