// console.log of an error created with { cause } prints the cause as
// "[cause]: ..." after the stack (the cause is an own non-enumerable property
// that node always shows). Piste omits it.
const inner = new RangeError('inner');
inner.stack = 'RangeError: inner\n    at f (a.js:1:1)';
const outer = new Error('outer', { cause: inner });
outer.stack = 'Error: outer\n    at g (a.js:2:2)';
console.log(outer);
const o2 = new Error('o2', { cause: 'str' });
o2.stack = 'Error: o2\n    at h (a.js:3:3)';
console.log(o2);
// expect: Error: outer
// expect:     at g (a.js:2:2) {
// expect:   [cause]: RangeError: inner
// expect:       at f (a.js:1:1)
// expect: }
// expect: Error: o2
// expect:     at h (a.js:3:3) {
// expect:   [cause]: 'str'
// expect: }
