// Array destructuring closes a generator it does not exhaust (return() on an unstarted one skips finally).
var log = [];
function* g(n) { try { for (var i = 1; i <= n; i++) { log.push("yield " + i); yield i; } } finally { log.push("finally"); } }
var [a, b] = g(5);
console.log(a, b, log.join("|")); // expect: 1 2 yield 1|yield 2|finally
log = [];
var [c, d, e] = g(2);
console.log(c, d, e, log.join("|")); // expect: 1 2 undefined yield 1|yield 2|finally
log = [];
var [f, ...rest] = g(3);
console.log(f, rest.join(), log.join("|")); // expect: 1 2,3 yield 1|yield 2|yield 3|finally
log = [];
var [] = g(3);
console.log(log.length); // expect: 0
log = [];
var [, , third] = g(4);
console.log(third, log.join("|")); // expect: 3 yield 1|yield 2|yield 3|finally
var returnCalls = 0;
function* h() { yield 1; }
var it = h();
it.return = function () { returnCalls++; return {}; };
var [x] = it;
var [y, z] = h();
console.log(x, returnCalls); // expect: 1 1
