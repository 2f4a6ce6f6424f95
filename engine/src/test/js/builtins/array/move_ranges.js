// shift, unshift and splice move the elements after the change: over packed elements in place, and
// element by element where holes, trailing holes or a prototype's elements make a difference.
const show = a => JSON.stringify(a) + "/" + a.length;
const ints = [0, 1, 2, 3, 4, 5, 6, 7];
console.log(ints.shift(), show(ints), show(ints.splice(2, 3)), show(ints));
ints.unshift(-2, -1);
console.log(show(ints), show(ints.splice(1, 0, "a", "b")), show(ints));
const doubles = [0.5, 1.5, 2.5, 3.5];
console.log(doubles.shift(), show(doubles), show(doubles.splice(1, 1)), show(doubles));
const objs = [{ a: 1 }, "s", null, undefined, 4];
console.log(show(objs.splice(1, 2)), show(objs), objs.shift(), show(objs));
const holey = [1, , 3, , 5];
console.log(holey.shift(), show(holey), 0 in holey, 1 in holey, show(holey.splice(0, 1)), show(holey), 0 in holey);
const trailing = [1, 2, 3];
trailing.length = 6;
console.log(trailing.shift(), show(trailing), 4 in trailing);
Array.prototype[1] = "proto";
const inherits = [0, , 2, 3];
console.log(inherits.shift(), show(inherits), Object.keys(inherits).join());
delete Array.prototype[1];
class MyArray extends Array {}
const mine = MyArray.from([1, 2, 3, 4]);
console.log(mine.shift(), show(mine), mine.splice(1, 1) instanceof MyArray, show(mine));
const big = [];
for (let i = 0; i < 10000; i++) big.push(i);
let sum = 0;
while (big.length > 5000) sum += big.shift();
big.splice(100, 4000);
console.log(sum, big.length, big[99], big[100], big[big.length - 1]);
const frozen = Object.freeze([1, 2, 3]);
try { frozen.shift(); } catch (e) { console.log(e.constructor.name, show(frozen)); }
