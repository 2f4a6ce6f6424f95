// Infinite generators consumed with take(n): the source is closed after n items and never over-read.
var pulls = 0, closed = 0;
function* count(start, step) { try { for (var i = start; ; i += step) { pulls++; yield i; } } finally { closed++; } }
function take(n, it) { var out = []; if (n <= 0) { it.return(); return out; } for (var x of it) { out.push(x); if (out.length >= n) break; } return out; }
console.log(take(5, count(0, 3)).join(), pulls, closed); // expect: 0,3,6,9,12 5 1
console.log(take(0, count(0, 1)).length, pulls, closed); // expect: 0 5 1
function* takeGen(n, it) { if (n <= 0) return; for (var x of it) { yield x; if (--n <= 0) return; } }
pulls = 0; closed = 0;
console.log([...takeGen(3, count(100, -1))].join(), pulls, closed); // expect: 100,99,98 3 1
function* cycle(arr) { for (;;) yield* arr; }
console.log([...takeGen(7, cycle(["r", "g", "b"]))].join("")); // expect: rgbrgbr
function* zip(a, b) { for (;;) { var x = a.next(), y = b.next(); if (x.done || y.done) return; yield x.value + y.value; } }
console.log([...takeGen(4, zip(count(1, 1), count(10, 10)))].join()); // expect: 11,22,33,44
function* primes() { var found = []; for (var n = 2; ; n++) if (found.every(p => n % p)) { found.push(n); yield n; } }
console.log([...takeGen(10, primes())].join()); // expect: 2,3,5,7,11,13,17,19,23,29
