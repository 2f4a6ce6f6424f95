// Strings are immutable primitives; index writes are ignored (sloppy) or throw (strict).
var s = "abc";
s[0] = "z";
console.log(s); // expect: abc
s.foo = 1;
console.log(s.foo); // expect: undefined
console.log(s.length); // expect: 3
s.length = 10;
console.log(s.length); // expect: 3
(function () {
  "use strict";
  try { s[0] = "z"; } catch (e) { console.log(e instanceof TypeError); } // expect: true
  try { s.length = 1; } catch (e) { console.log(e instanceof TypeError); } // expect: true
})();
console.log(typeof s, typeof new String(s), typeof String(s)); // expect: string object string
console.log(Object.keys("ab").join(","), 1 in Object("ab")); // expect: 0,1 true
