// push and pop on arrays of every elements kind, and in the cases where the storage alone does not
// decide: a longer length than the elements, a prototype with elements, a frozen or non-extensible
// array, a read-only length, holes, and values that change the kind.
function show(a) { return JSON.stringify(a) + " len=" + a.length; }
const ints = [1, 2, 3];
console.log(ints.push(4), ints.pop(), ints.pop(), show(ints));
console.log(ints.push(1.5), show(ints), ints.pop(), ints.push("s"), show(ints));
const doubles = [0.5, -0, NaN];
console.log(Object.is(doubles.pop(), NaN), Object.is(doubles.pop(), -0), doubles.push(2), show(doubles));
const objs = [{}, "x", null];
console.log(objs.pop(), objs.pop(), objs.push(undefined), show(objs), objs.pop(), objs.pop(), objs.pop(), objs.pop(), show(objs));
const longer = [1, 2];
longer.length = 5;
console.log(longer.push(9), show(longer), longer.pop(), longer.pop(), show(longer));
const holey = [1, , 3];
console.log(holey.pop(), holey.pop(), show(holey), 1 in holey);
Array.prototype[1] = "from proto";
const inherits = [7];
inherits.length = 2;
console.log(inherits.pop(), show(inherits));
console.log([1, , 3].pop(), (() => { const h = [1, , 3]; h.pop(); return h.pop(); })());
delete Array.prototype[1];
let setterSaw = null;
Object.defineProperty(Array.prototype, 3, { set(v) { setterSaw = v; }, configurable: true });
const three = [1, 2, 3];
console.log(three.push("via setter"), setterSaw, show(three), 3 in three);
delete Array.prototype[3];
const frozen = Object.freeze([1, 2]);
try { frozen.push(3); } catch (e) { console.log(e.constructor.name); }
try { frozen.pop(); } catch (e) { console.log(e.constructor.name); }
const sealed = Object.preventExtensions([1, 2]);
try { sealed.push(3); } catch (e) { console.log(e.constructor.name); }
console.log(sealed.pop(), show(sealed));
const fixedLength = [1, 2, 3];
Object.defineProperty(fixedLength, "length", { writable: false });
try { fixedLength.pop(); } catch (e) { console.log(e.constructor.name, show(fixedLength)); }
try { fixedLength.push(0); } catch (e) { console.log(e.constructor.name, show(fixedLength)); }
const empty = [];
console.log(empty.pop(), show(empty), empty.push(), show(empty));
const stack = [];
for (let i = 0; i < 100; i++) stack.push(i % 2 ? i : i / 4);
let sum = 0;
while (stack.length) sum += stack.pop();
console.log(sum, show(stack));
console.log(Array.prototype.push.call({ length: 1 }, "a"), Array.prototype.pop.call({ length: 2, 1: "b" }));
