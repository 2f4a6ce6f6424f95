// Spread, Array.from and for-of exhaust a generator fully; the return value is not included.
var log = [];
function* g() { try { yield 1; yield 2; return 99; } finally { log.push("finally"); } }
var all = [...g()];
console.log(all.join(), all.length, log.join()); // expect: 1,2 2 finally
function sum() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
console.log(sum(...g(), 10)); // expect: 13
console.log(Array.from(g(), x => x * 3).join()); // expect: 3,6
console.log(Math.max(...g())); // expect: 2
var it = g();
it.next();
console.log([...it].join(), [...it].length); // expect: 2 0
console.log(JSON.stringify({ ...[...g()] })); // expect: {"0":1,"1":2}
console.log(new Set(g()).size, new Map([...g()].map(x => [x, x])).get(2)); // expect: 2 2
console.log(log.length); // expect: 8
