// Strict-mode write failures: wrong TypeError messages.
// 1. Setting a property on a symbol primitive: building the message converts the
//    symbol to a string, so Piste throws "Cannot convert a Symbol value to a
//    string" instead of "Cannot create property 'x' on symbol 'Symbol(tag)'".
// 2. A class field defined on an instance that a base constructor sealed or
//    froze: V8 says "Cannot define property z, object is not extensible";
//    Piste says "Cannot redefine property: z" (the property never existed).
// 3. Writing past the end of an array whose length is read-only: V8 blames
//    'length'; Piste blames the index '5'.
'use strict';
const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } };
t(() => { const s = Symbol(); s.desc = 1; });
t(() => { Symbol('tag').x = 1; });
t(() => { class S { constructor() { Object.seal(this); } } class Sub extends S { z = 3; } new Sub(); });
t(() => { class S { constructor() { Object.freeze(this); } } class Sub extends S { z = 3; } new Sub(); });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', { writable: false }); a[5] = 1; });
// expect: TypeError: Cannot create property 'desc' on symbol 'Symbol()'
// expect: TypeError: Cannot create property 'x' on symbol 'Symbol(tag)'
// expect: TypeError: Cannot define property z, object is not extensible
// expect: TypeError: Cannot define property z, object is not extensible
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
