// Destructuring null/undefined in a variable declaration or an assignment
// expression: V8 names the first property of the pattern ("Cannot destructure
// property 'x' of 'null' as it is null."), as Piste already does for function
// parameters. Piste drops the property in declarations and assignments and
// prints "Cannot destructure 'null' as it is null." Also, `[y] = {}` for an
// object literal initializer reads "{} is not iterable" in V8, and spreading a
// non-iterable into call arguments reads "Spread syntax requires
// ...iterable[Symbol.iterator] to be a function".
const t = (f) => { try { f(); } catch (e) { console.log(e.message); } };
const obj = {};
t(() => { const { x } = null; });
t(() => { const { a, b } = undefined; });
t(() => { let q; ({ q } = null); });
t(() => { function f({ a }) {} f(); });
t(() => { const [y] = {}; });
t(() => { Math.max(...obj); });
// expect: Cannot destructure property 'x' of 'null' as it is null.
// expect: Cannot destructure property 'a' of 'undefined' as it is undefined.
// expect: Cannot destructure property 'q' of 'null' as it is null.
// expect: Cannot destructure property 'a' of 'undefined' as it is undefined.
// expect: {} is not iterable
// expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
