// A "use strict" directive applies to its function (and nested ones) only.
function sloppy() { return this === globalThis; }
function strict() { "use strict"; function nested() { return this; } return nested(); }
console.log(sloppy(), strict()); // expect: true undefined
function notDirective() { var x = 1; "use strict"; return this === globalThis; }
console.log(notDirective()); // expect: true
function laterString() { "other"; "use strict"; return this; }
console.log(laterString()); // expect: undefined
