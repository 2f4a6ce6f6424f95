console.log(Uint8Array.from([1, 2, 300]).join(), Uint8Array.from('123').join(), Uint8Array.from({ length: 2, 0: 5 }).join());
console.log(Int16Array.from([1, 2], x => x * -1).join(), Float64Array.from(new Set([0.5])).join());
console.log(Int8Array.of(1, 2, 128).join(), Int8Array.of().length);
console.log(Uint8Array.from.length, Uint8Array.of.length, Uint8Array.from === Int8Array.from);
try { Uint8Array.from.call({}, []); } catch (e) { console.log(e.constructor.name); }
class Sub extends Int32Array {}
console.log(Sub.from([1]) instanceof Sub, Sub.of(1, 2).length);
// expect: 1,2,44 1,2,3 5,0
// expect: -1,-2 0.5
// expect: 1,2,-128 0
// expect: 1 0 true
// expect: TypeError
// expect: true 2
