// this in sloppy calls is globalThis, in strict calls undefined; methods get the receiver.
function sloppy() { return this; }
function strict() { "use strict"; return this; }
console.log(sloppy() === globalThis, strict()); // expect: true undefined
var o = { sloppy, strict };
console.log(o.sloppy() === o, o.strict() === o); // expect: true true
var detached = o.strict;
console.log(detached()); // expect: undefined
console.log(typeof sloppy.call(5), strict.call(5)); // expect: object 5
console.log(sloppy.call(null) === globalThis, strict.call(null)); // expect: true null
console.log(sloppy.call(undefined) === globalThis); // expect: true
console.log(o["strict"]() === o, (o.strict)() === o); // expect: true true
