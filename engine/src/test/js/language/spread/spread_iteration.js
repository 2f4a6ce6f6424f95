// Spreading an array whose iteration is the builtins' as installed skips looking up its iterator; an
// own or patched Symbol.iterator, a patched array-iterator next, getters, holes and inherited
// elements behave as through the iterator.
const a = [1, , 3];
console.log([...a], Math.max(...a.map(x => x ?? 0)));
Object.defineProperty(a, 1, { get() { a.push(9); return 2; }, configurable: true });
console.log([...a].join());
const b = [1, 2];
b[Symbol.iterator] = function* () { yield "own"; };
console.log([...b]);
class Sub extends Array {}
const s = Sub.from([4, 5]);
console.log([...s]);
const saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield "patched"; };
console.log([...[1, 2]], Math.max(...[7, 8]));
Array.prototype[Symbol.iterator] = saved;
const ip = Object.getPrototypeOf([][Symbol.iterator]());
const savedNext = ip.next;
ip.next = function () { const r = savedNext.call(this); if (!r.done) r.value *= 10; return r; };
console.log([...[1, 2]]);
ip.next = savedNext;
console.log([...[1, 2]]);
Array.prototype[5] = "inherited";
const holes = [0]; holes.length = 7;
console.log([...holes].join("|"));
delete Array.prototype[5];
function f(a, b, c) { "use strict"; return [this, a, b, c, arguments.length]; }
console.log(f(...[1, 2]), f.call(9, ...[1, 2, 3, 4]));
class K { constructor(x) { this.x = x; } }
try { K(...[1]); } catch (e) { console.log(e.constructor.name); }
console.log(new K(...[5]).x);
// expect: [ 1, undefined, 3 ] NaN
// expect: 1,2,3,9
// expect: [ 'own' ]
// expect: [ 4, 5 ]
// expect: [ 'patched' ] NaN
// expect: [ 10, 20 ]
// expect: [ 1, 2 ]
// expect: 0|||||inherited|
// expect: [ undefined, 1, 2, undefined, 2 ] [ 9, 1, 2, 3, 4 ]
// expect: TypeError
// expect: 5
