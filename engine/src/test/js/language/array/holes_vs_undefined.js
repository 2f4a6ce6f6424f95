// Holes are skipped by forEach/map/filter/reduce but seen by for-of, spread, join and find.
var a = [1, , 3];
var visits = 0;
a.forEach(() => visits++);
console.log(visits); // expect: 2
var m = a.map(x => x * 2);
console.log(m.length, 1 in m, m.join()); // expect: 3 false 2,,6
console.log(a.filter(() => true).length, a.reduce((s, x) => s + x, 0)); // expect: 2 4
var forOf = 0; for (var x of a) forOf++;
console.log(forOf, [...a].length, 1 in [...a]); // expect: 3 3 true
console.log(a.indexOf(undefined), a.includes(undefined), a.findIndex(x => x === undefined)); // expect: -1 true 1
var forIn = []; for (var k in a) forIn.push(k);
console.log(forIn.join()); // expect: 0,2
console.log(a.some(x => x === undefined), a.every(x => x !== undefined)); // expect: false true
console.log(Array.from(a).join("|"), 1 in Array.from(a)); // expect: 1||3 true
var sorted = [3, , 1, undefined].sort();
console.log(sorted.length, sorted[0], sorted[1], sorted[2], 3 in sorted); // expect: 4 1 3 undefined false
