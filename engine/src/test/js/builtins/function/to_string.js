function foo(a, b) { return a + b; }
console.log(foo.toString());
const arrow = (x) => x * 2;
console.log(arrow.toString());
class K { method() { return 1; } }
console.log(K.prototype.method.toString());
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(Object));
console.log(foo.bind(null).toString());
console.log(Function.prototype.toString());
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('' + function   spaced ( )  {  });

// expect: function foo(a, b) { return a + b; }
// expect: (x) => x * 2
// expect: method() { return 1; }
// expect: function max() { [native code] }
// expect: function Object() { [native code] }
// expect: function () { [native code] }
// expect: function () { [native code] }
// expect: TypeError Function.prototype.toString requires that 'this' be a Function
// expect: function   spaced ( )  {  }
