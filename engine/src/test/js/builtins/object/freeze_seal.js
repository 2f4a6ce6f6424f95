'use strict';
const o = Object.freeze({ a: 1, nested: { b: 2 } });
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
try { o.a = 2; } catch (e) { console.log(e.constructor.name); }
try { o.c = 3; } catch (e) { console.log(e.constructor.name); }
try { delete o.a; } catch (e) { console.log(e.constructor.name); }
o.nested.b = 3;
console.log(o.a, o.nested.b, Object.isFrozen(o.nested));
const s = Object.seal({ x: 1 });
s.x = 5;
console.log(s.x, Object.isSealed(s), Object.isFrozen(s));
try { delete s.x; } catch (e) { console.log('seal delete', e.constructor.name); }
const d = Object.getOwnPropertyDescriptor(s, 'x');
console.log(d.writable, d.configurable);
const p = Object.preventExtensions({ y: 1 });
console.log(Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(Object.preventExtensions({})));
delete p.y;
console.log('y' in p);
console.log(Object.freeze(5), Object.isFrozen(5), Object.isSealed('s'), Object.isExtensible(1));
const acc = Object.freeze({ get g() { return 1; } });
console.log(Object.isFrozen(acc), Object.getOwnPropertyDescriptor(acc, 'g').configurable);

// expect: true true false
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: 1 3 false
// expect: 5 true false
// expect: seal delete TypeError
// expect: true false
// expect: false false true
// expect: false
// expect: 5 true true false
// expect: true false
