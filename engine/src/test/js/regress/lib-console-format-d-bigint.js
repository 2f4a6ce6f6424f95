// console.log's %d and %i specifiers accept a BigInt argument and print it
// with an "n" suffix. Piste throws "TypeError: Cannot convert a BigInt value
// to a number".
console.log('%d', 10n);
console.log('%i items', 7n);
// expect: 10n
// expect: 7n items
