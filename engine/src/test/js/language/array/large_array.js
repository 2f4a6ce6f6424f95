// Arrays with 100,000 elements: push, index, sum, sort.
var a = [];
for (var i = 0; i < 100000; i++) a.push(i);
console.log(a.length, a[99999]); // expect: 100000 99999
var sum = 0; for (var j = 0; j < a.length; j++) sum += a[j];
console.log(sum); // expect: 4999950000
var r = a.map(x => (x * 7919) % 100000).sort((p, q) => p - q);
console.log(r[0], r[1], r[99999]); // expect: 0 1 99999
var f = new Array(100000).fill(1.5);
console.log(f.reduce((s, x) => s + x, 0)); // expect: 150000
