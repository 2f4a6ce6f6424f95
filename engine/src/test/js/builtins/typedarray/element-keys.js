// Integer-indexed exotic behaviour: numeric keys never reach the prototype chain.
Object.prototype[5] = 'proto'; Object.prototype['-0'] = 'proto'; Object.prototype['1.5'] = 'proto';
const t = new Uint8Array(4);
console.log(t[5], t['-0'], t['1.5'], t[-1], t['01']);
t[-0] = 1; t['1.5'] = 2; t[10] = 3; t['-0'] = 4; t.foo = 'bar';
console.log(Array.from(t).join(), t.foo, '-0' in t, 10 in t, 3 in t, 4 in t, 'foo' in t);
console.log(Object.keys(t).join(), Object.getOwnPropertyNames(t).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(t, 0)));
console.log(delete t[0], delete t[10], delete t['1.5']);
console.log(Reflect.defineProperty(t, 0, { value: 9 }), t[0], Reflect.defineProperty(t, 0, { value: 1, writable: false }), Reflect.defineProperty(t, 8, { value: 1 }));
console.log(Reflect.defineProperty(t, 1, { get() { return 1; } }), Reflect.defineProperty(t, 1, { value: 5, enumerable: false }));
delete Object.prototype[5]; delete Object.prototype['-0']; delete Object.prototype['1.5'];
'use strict';
t[100] = 1;
console.log(t.length);
// expect: undefined undefined undefined undefined undefined
// expect: 1,0,0,0 bar false false true false true
// expect: 0,1,2,3,foo 0,1,2,3,foo
// expect: {"value":1,"writable":true,"enumerable":true,"configurable":true}
// expect: false true true
// expect: true 9 false false
// expect: false false
// expect: 4
