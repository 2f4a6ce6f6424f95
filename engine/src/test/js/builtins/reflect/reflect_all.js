const o = { a: 1 };
console.log(Reflect.get(o, 'a'), Reflect.set(o, 'b', 2), o.b, Reflect.has(o, 'b'), Reflect.has(o, 'toString'));
console.log(Reflect.defineProperty(o, 'c', { value: 3 }), Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
console.log(Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(Object.freeze({ z: 1 }), 'z'));
console.log(JSON.stringify(Reflect.ownKeys({ b: 1, 1: 2, [Symbol('s')]: 3 }).length), Reflect.ownKeys({ b: 1, 1: 2 })[0]);
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.setPrototypeOf(Object.preventExtensions({}), {}), Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(JSON.stringify(Reflect.getOwnPropertyDescriptor({ x: 1 }, 'x')), Reflect.getOwnPropertyDescriptor({}, 'x'));
const receiver = { v: 'receiver' };
const withGetter = { get g() { return this.v; }, set s(x) { this.w = x; } };
console.log(Reflect.get(withGetter, 'g', receiver), Reflect.set(withGetter, 's', 5, receiver), receiver.w);
console.log(Reflect.apply(Math.max, undefined, [1, 3, 2]), typeof Reflect.apply(function () { return this; }, 'str', []));
class A { constructor(x) { this.x = x; this.nt = new.target === B; } }
class B {}
const made = Reflect.construct(A, [5], B);
console.log(made.x, made.nt, made instanceof B, made instanceof A);
for (const f of [() => Reflect.get(1, 'a'), () => Reflect.apply(1), () => Reflect.construct(() => 1, []), () => Reflect.construct(A, [], Math.max), () => Reflect.ownKeys('s'), () => Reflect.setPrototypeOf({}, 1)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(Object.prototype.toString.call(Reflect), Reflect.apply.length, Reflect.construct.length, Reflect.defineProperty.length);

// expect: 1 true 2 true true
// expect: true false
// expect: true false
// expect: 3 1
// expect: true true null
// expect: false true true false
// expect: {"value":1,"writable":true,"enumerable":true,"configurable":true} undefined
// expect: receiver true 5
// expect: 3 object
// expect: 5 true true false
// expect: TypeError Reflect.get called on non-object
// expect: TypeError Function.prototype.apply was called on 1, which is a number and not a function
// expect: TypeError () => 1 is not a constructor
// expect: TypeError function max() { [native code] } is not a constructor
// expect: TypeError Reflect.ownKeys called on non-object
// expect: TypeError Object prototype may only be an Object or null: 1
// expect: [object Reflect] 3 2 3
