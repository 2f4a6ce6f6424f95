// Infinite generators consumed lazily with a take helper.
function* naturals() { var n = 0; while (true) yield n++; }
function* take(it, n) { for (var x of it) { if (n-- <= 0) return; yield x; } }
function* map(it, f) { for (var x of it) yield f(x); }
function* filter(it, p) { for (var x of it) if (p(x)) yield x; }
console.log([...take(naturals(), 5)].join()); // expect: 0,1,2,3,4
console.log([...take(filter(map(naturals(), x => x * x), x => x % 2), 4)].join()); // expect: 1,9,25,49
function* fib() { var [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
var arr = []; for (var f of fib()) { if (f > 100) break; arr.push(f); }
console.log(arr.join()); // expect: 0,1,1,2,3,5,8,13,21,34,55,89
