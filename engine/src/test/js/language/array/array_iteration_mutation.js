// forEach/map use the length captured at start; for-of sees elements appended during iteration.
var a = [1, 2, 3];
var seen = [];
a.forEach((x, i) => { if (i === 0) a.push(99); seen.push(x); });
console.log(seen.join(), a.length); // expect: 1,2,3 4
var b = [1, 2, 3], out = [];
for (var x of b) { out.push(x); if (b.length < 5) b.push(x * 10); }
console.log(out.join()); // expect: 1,2,3,10,20
var c = [1, 2, 3, 4], kept = [];
c.forEach((x, i) => { if (i === 1) c.pop(); kept.push(x); });
console.log(kept.join()); // expect: 1,2,3
