// Recursion 10,000 frames deep must work.
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(10000)); // expect: 50005000
function depth(n) { if (n === 0) return 0; var r = depth(n - 1); return r + 1; }
console.log(depth(10000)); // expect: 10000
var obj = { count(n) { return n ? 1 + this.count(n - 1) : 0; } };
console.log(obj.count(5000)); // expect: 5000
