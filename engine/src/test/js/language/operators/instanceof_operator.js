// instanceof walks the prototype chain; Symbol.hasInstance can override it.
function A() {} function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Array); // expect: true true true false
console.log([] instanceof Array, [] instanceof Object, Object.create(null) instanceof Object); // expect: true true false
console.log(1 instanceof Number, new Number(1) instanceof Number); // expect: false true
class Even { static [Symbol.hasInstance](x) { return x % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even); // expect: true false
try { ({}) instanceof {}; } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { ({}) instanceof (() => {}); } catch (e) { console.log(e instanceof TypeError); } // expect: true
var f = function () {}; f.prototype = 5;
try { ({}) instanceof f; } catch (e) { console.log(e instanceof TypeError); } // expect: true
var bound = A.bind(null);
console.log(new A() instanceof bound); // expect: true
A.prototype = {};
console.log(b instanceof A); // expect: false
