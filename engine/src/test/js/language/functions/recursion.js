// Direct and mutual recursion.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20)); // expect: 6765
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(7)); // expect: true true
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
console.log(ack(2, 3)); // expect: 9
function hanoi(n) { return n === 0 ? 0 : 2 * hanoi(n - 1) + 1; }
console.log(hanoi(20)); // expect: 1048575
const flat = a => a.reduce((r, x) => r.concat(Array.isArray(x) ? flat(x) : x), []);
console.log(flat([1, [2, [3, [4]], 5]]).join()); // expect: 1,2,3,4,5
