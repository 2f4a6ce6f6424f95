// Deleting a not-yet-visited key during for-in means it is not visited.
var o = { a: 1, b: 2, c: 3 };
var seen = [];
for (var k in o) { seen.push(k); if (k === "a") delete o.b; }
console.log(seen.join()); // expect: a,c
var p = { x: 1, y: 2 };
var visited = [];
for (var k2 in p) { visited.push(k2); delete p[k2]; }
console.log(visited.join(), Object.keys(p).length); // expect: x,y 0
var target = {};
for (target.key in { m: 1, n: 2 });
console.log(target.key); // expect: n
