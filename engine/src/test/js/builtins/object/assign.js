const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, null, undefined, 'xy', { a: 3 });
console.log(r === target, JSON.stringify(target));
const log = [];
const src = { get x() { log[log.length] = 'get x'; return 1; } };
Object.defineProperty(src, 'hidden', { value: 1, enumerable: false });
const sym = Symbol('s');
src[sym] = 'sym';
const t2 = Object.assign({}, src);
console.log(JSON.stringify(t2), t2[sym], 'hidden' in t2, JSON.stringify(log));
const frozen = Object.freeze({ a: 1 });
try { Object.assign(frozen, { a: 2 }); } catch (e) { console.log(e.constructor.name); }
const setterTarget = { set v(x) { this.seen = x * 2; } };
Object.assign(setterTarget, { v: 21 });
console.log(setterTarget.seen);
console.log(typeof Object.assign(1), Object.assign(1) instanceof Number);

// expect: true {"0":"x","1":"y","a":3,"b":2}
// expect: {"x":1} sym false ["get x"]
// expect: TypeError
// expect: 42
// expect: object true
