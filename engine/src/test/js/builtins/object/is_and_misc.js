console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));
console.log(Object.is(), Object.is(undefined, null), Object.is(1, 1.0));
const e = Object.fromEntries([['a', 1], ['b', 2]]);
console.log(JSON.stringify(e));
console.log(JSON.stringify(Object.fromEntries(new Map([['m', 1], [2, 'two']]))));
try { Object.fromEntries([1]); } catch (x) { console.log(x.constructor.name, x.message); }
try { Object.fromEntries(null); } catch (x) { console.log(x.constructor.name); }
console.log(JSON.stringify(Object.fromEntries(Object.entries({ x: 1, y: 2 }))));

// expect: true false true true false
// expect: true false true
// expect: {"a":1,"b":2}
// expect: {"2":"two","m":1}
// expect: TypeError Iterator value 1 is not an entry object
// expect: TypeError
// expect: {"x":1,"y":2}
