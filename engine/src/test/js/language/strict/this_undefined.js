'use strict';
// Strict mode: plain calls get this === undefined; primitives are not boxed.
function f() { return this; }
console.log(f(), typeof f.call(1), f.call("s"), f.apply(null)); // expect: undefined number s null
var o = { m: f };
console.log(o.m() === o); // expect: true
Number.prototype.me = function () { return typeof this; };
console.log((5).me()); // expect: number
