// Loop counters bounded by a comparison lose their overflow checks; counters that can overflow keep them.
function upTo(from, to) { let n = 0, last = 0; for (let i = from; i < to; i++) { n++; last = i; } return [n, last]; }
function downTo(from, to) { let n = 0, last = 0; for (let i = from; i > to; i--) { n++; last = i; } return [n, last]; }
function inclusive(from, to) { let n = 0, last = 0; for (let i = from; i <= to; i++) { n++; last = i; if (n > 20) break; } return [n, last]; }
let s = 0;
for (let r = 0; r < 300; r++) s += upTo(0, 100)[0] + downTo(100, 0)[0];
console.log(s);
console.log(upTo(2147483640, 2147483647).join(), downTo(-2147483641, -2147483648).join());
console.log(inclusive(2147483640, 2147483647).join(), upTo(0.5, 3).join(), upTo(-3, 1e10 > 0 ? 2 : 0).join());
function sumTo(n) { let t = 0; for (let i = 0; i < n; i++) t += i; return t; }
for (let r = 0; r < 300; r++) sumTo(1000);
console.log(sumTo(1000), sumTo(70000), sumTo(2.5));
// expect: 60000
// expect: 7,2147483646 7,-2147483647
// expect: 8,2147483647 3,2.5 5,1
// expect: 499500 2449965000 3
