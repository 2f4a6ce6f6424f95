// Generators: yield produces values lazily; return value appears with done: true.
function* g() { yield 1; yield 2; return 3; }
var it = g();
console.log(JSON.stringify([it.next(), it.next(), it.next(), it.next()])); // expect: [{"value":1,"done":false},{"value":2,"done":false},{"value":3,"done":true},{"done":true}]
console.log([...g()].join()); // expect: 1,2
var log = [];
function* lazy() { log.push("start"); yield; log.push("end"); }
var l = lazy();
console.log(log.length); // expect: 0
l.next(); l.next();
console.log(log.join()); // expect: start,end
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it)); // expect: true [object Generator]
