// Deep recursion through closures and arrow functions.
const walk = n => (n === 0 ? [] : (() => { const r = walk(n - 1); r.push(n); return r; })());
const list = walk(5000);
console.log(list.length, list[0], list[4999]); // expect: 5000 1 5000
function buildChain(n) { return n === 0 ? null : { next: buildChain(n - 1), n }; }
function len(c) { return c === null ? 0 : 1 + len(c.next); }
console.log(len(buildChain(10000))); // expect: 10000
