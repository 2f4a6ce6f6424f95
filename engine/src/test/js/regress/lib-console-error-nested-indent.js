// console.log of an error nested inside an object or array: node indents the
// error's stack-trace lines to the nesting level ("      at ..." under a
// property). Piste prints them with the top-level 4-space indent.
const inner = new RangeError('inner');
inner.stack = 'RangeError: inner\n    at f (a.js:1:1)';
console.log({ e: inner });
console.log([inner]);
// expect: {
// expect:   e: RangeError: inner
// expect:       at f (a.js:1:1)
// expect: }
// expect: [
// expect:   RangeError: inner
// expect:       at f (a.js:1:1)
// expect: ]
