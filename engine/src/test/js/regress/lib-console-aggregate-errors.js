// console.log of an AggregateError lists its errors as "[errors]: [ ... ]"
// after the stack (node shows the own non-enumerable `errors` property).
// Piste omits it.
const inner = new Error('a');
inner.stack = 'Error: a\n    at i';
const ag = new AggregateError([inner, 'str'], 'agg');
ag.stack = 'AggregateError: agg\n    at o';
console.log(ag);
// expect: AggregateError: agg
// expect:     at o {
// expect:   [errors]: [
// expect:     Error: a
// expect:         at i,
// expect:     'str'
// expect:   ]
// expect: }
