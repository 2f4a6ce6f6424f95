console.log(Boolean(), Boolean(0), Boolean(''), Boolean('0'), Boolean([]), Boolean({}), Boolean(NaN), Boolean(-0), Boolean(Symbol()));
const b = new Boolean(false);
console.log(typeof b, b ? 'truthy' : 'falsy', b.valueOf(), b.toString(), b == false, Object.prototype.toString.call(b));
console.log(true.toString(), false.valueOf(), Boolean.prototype.valueOf(), Boolean.length, Boolean.name);
try { Boolean.prototype.toString.call(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Boolean.prototype.valueOf.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class B extends Boolean {}
console.log(new B(1).valueOf(), new B(0) instanceof Boolean);

// expect: false false false true true true false false true
// expect: object truthy false false true [object Boolean]
// expect: true false false 1 Boolean
// expect: TypeError Boolean.prototype.toString requires that 'this' be a Boolean
// expect: TypeError Boolean.prototype.valueOf requires that 'this' be a Boolean
// expect: true true
