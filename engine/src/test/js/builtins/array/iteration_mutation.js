// Callbacks see the length captured at the start, and elements as they are when visited.
var a = [1, 2, 3];
var seen = [];
a.forEach(function (v, i) { if (i === 0) { a.push(99); a[2] = 30; } seen.push(v); });
console.log(seen.join(), a.length);
var b = [1, 2, 3, 4];
var seenB = [];
b.forEach(function (v) { seenB.push(v); b.pop(); });
console.log(seenB.join());
var c = [1, 2, 3];
console.log(c.map(function (v, i) { if (i === 0) delete c[1]; return v; }).join("|"));
// expect: 1,2,30 4
// expect: 1,2
// expect: 1||3
