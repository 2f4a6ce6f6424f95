// Loop conditions with assignments and side effects.
var queue = [1, 2, 3], item, seen = [];
while ((item = queue.shift()) !== undefined) { seen.push(item); if (item === 2) queue.push(4); }
console.log(seen.join()); // expect: 1,2,3,4
var i = 0, j = 0;
while (i++ < 3 && j++ < 2);
console.log(i, j); // expect: 3 3
var n = 27, steps = 0;
while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
console.log(steps); // expect: 111
