// Functions as values: passing, returning, composing, currying.
const compose = (...fs) => x => fs.reduceRight((v, f) => f(v), x);
const inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5)); // expect: 11 12
const curry = f => a => b => c => f(a, b, c);
console.log(curry((a, b, c) => a + b + c)(1)(2)(3)); // expect: 6
function memo(f) { const cache = {}; return n => n in cache ? cache[n] : (cache[n] = f(n)); }
let calls = 0;
const sq = memo(n => { calls++; return n * n; });
sq(4); sq(4); sq(5);
console.log(calls); // expect: 2
console.log([3, 1, 2].sort((a, b) => b - a).join()); // expect: 3,2,1
console.log([1, 2, 3, 4].filter(x => x % 2).map(x => x * 10).reduce((a, b) => a + b)); // expect: 40
