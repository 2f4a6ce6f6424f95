// console.dir, console.count and console.assert are missing in Piste
// (TypeError: console.dir is not a function). console.assert writes to
// stderr, so only its non-throwing is checked here.
console.dir({ a: { b: { c: { d: 1 } } } });
console.count();
console.count('x');
console.count();
console.countReset();
console.count();
console.assert(1 === 1, 'never printed');
console.log('done');
// expect: { a: { b: { c: [Object] } } }
// expect: default: 1
// expect: x: 1
// expect: default: 2
// expect: default: 1
// expect: done
