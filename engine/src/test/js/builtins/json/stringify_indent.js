const o = { a: [1, { b: 2 }, []], c: {}, d: 'x' };
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify(o, null, '--'));
console.log(JSON.stringify([1, 2], null, 20) === JSON.stringify([1, 2], null, 10));
console.log(JSON.stringify({ a: 1 }, null, '12345678901234'));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, -1), JSON.stringify({ a: 1 }, null, ''));
console.log(JSON.stringify({ a: 1 }, null, new Number(1)));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([undefined], null, 1));

// expect: {
// expect:   "a": [
// expect:     1,
// expect:     {
// expect:       "b": 2
// expect:     },
// expect:     []
// expect:   ],
// expect:   "c": {},
// expect:   "d": "x"
// expect: }
// expect: {
// expect: --"a": [
// expect: ----1,
// expect: ----{
// expect: ------"b": 2
// expect: ----},
// expect: ----[]
// expect: --],
// expect: --"c": {},
// expect: --"d": "x"
// expect: }
// expect: true
// expect: {
// expect: 1234567890"a": 1
// expect: }
// expect: {"a":1} {"a":1} {"a":1}
// expect: {
// expect:  "a": 1
// expect: }
// expect: [] {} [
// expect:  null
// expect: ]
