// The comma operator evaluates left to right and yields the last value.
var x = (1, 2, 3);
console.log(x); // expect: 3
var log = [];
var y = (log.push("a"), log.push("b"), "done");
console.log(y, log.join("")); // expect: done ab
for (var i = 0, j = 10; i < j; i += 3, j -= 3);
console.log(i, j); // expect: 6 4
var obj = { f() { return this === obj; } };
console.log((0, obj.f)() === false, (obj.f)()); // expect: true true
