// Each generator object has its own state and locals; finished generators stay done.
function* counter(start) { var c = start; while (c < start + 3) yield c++; }
var a = counter(0), b = counter(10);
console.log(a.next().value, b.next().value, a.next().value, b.next().value); // expect: 0 10 1 11
console.log([...a].join(), [...a].length); // expect: 2 0
console.log(JSON.stringify(a.next())); // expect: {"done":true}
