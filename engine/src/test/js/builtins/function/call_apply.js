function who() { return typeof this + ':' + arguments.length; }
console.log(who.call(1), who.call(undefined, 1, 2), who.apply({}, [1, 2, 3]), who.apply(null), who.apply(null, undefined));
function strict() { 'use strict'; return this; }
console.log(strict.call(5), strict.call(null), strict.apply('s', []));
console.log(Math.max.apply(null, [1, 9, 3]), Math.max.apply(null, { length: 2, 0: 4, 1: 7 }));
try { who.apply(null, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Function.prototype.call.call(1); } catch (e) { console.log(e.constructor.name); }
console.log(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length);
console.log(Function.prototype.call.call(function (a) { return this.v + a; }, { v: 1 }, 2));

// expect: object:0 object:2 object:3 object:0 object:0
// expect: 5 null s
// expect: 9 7
// expect: TypeError CreateListFromArrayLike called on non-object
// expect: TypeError
// expect: 1 2 1
// expect: 3
