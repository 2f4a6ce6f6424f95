const t = new Uint8Array([1, 2, 3]);
console.log(t.join(), t.join(' - '), t.join(undefined), String(t), t + '', `${t}`);
console.log(new Float64Array([1.5, -0, NaN]).toString());
console.log(Uint8Array.prototype.toString === Array.prototype.toString);
console.log(new Uint8Array(0).join(), new Float32Array([1e21]).toLocaleString() !== undefined);
console.log(Object.prototype.toString.call(t), Object.prototype.toString.call(new BigUint64Array(1)), t[Symbol.toStringTag]);
console.log(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call({}));
// expect: 1,2,3 1 - 2 - 3 1,2,3 1,2,3 1,2,3 1,2,3
// expect: 1.5,0,NaN
// expect: true
// expect:  true
// expect: [object Uint8Array] [object BigUint64Array] Uint8Array
// expect: undefined
