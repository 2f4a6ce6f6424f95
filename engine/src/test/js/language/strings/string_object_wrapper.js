// Primitive strings get String.prototype methods; wrappers are objects.
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
console.log("hi".shout()); // expect: HI!
String.prototype.self = function () { return typeof this; };
console.log("x".self()); // expect: object
String.prototype.strictSelf = function () { "use strict"; return typeof this; };
console.log("x".strictSelf()); // expect: string
var w = new String("abc");
console.log(w.length, w[1], w instanceof String, "abc" instanceof String); // expect: 3 b true false
console.log(w == "abc", w === "abc", typeof w.valueOf()); // expect: true false string
delete String.prototype.shout; delete String.prototype.self; delete String.prototype.strictSelf;
console.log(typeof "".shout); // expect: undefined
