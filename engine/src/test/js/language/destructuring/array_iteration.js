// Array destructuring and for-of over an array whose iteration is the builtins' as installed get
// their iterator without looking it up; an own Symbol.iterator, a return method added to the array
// iterators' prototype and inherited elements behave as through the lookup.
const [a, b = 5, ...rest] = [1, undefined, 3, 4];
console.log(a, b, rest);
let n = 0; for (const x of [1, 2, 3]) n += x; console.log(n);
const arr = [1, 2, 3];
const it = arr[Symbol.iterator]; arr[Symbol.iterator] = function () { console.log("own iterator"); return it.call(this); };
const [p] = arr; console.log(p);
const ip = Object.getPrototypeOf([][Symbol.iterator]());
ip.return = function () { console.log("return called"); return {}; };
const [q] = [7, 8]; console.log(q);
delete ip.return;
for (const x of [1, 2]) { if (x === 1) break; }
const holey = [1, , 3]; Array.prototype[1] = "proto"; const [h0, h1] = holey; console.log(h0, h1); delete Array.prototype[1];
// expect: 1 5 [ 3, 4 ]
// expect: 6
// expect: own iterator
// expect: 1
// expect: return called
// expect: 7
// expect: 1 proto
