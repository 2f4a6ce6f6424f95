// String.prototype.localeCompare compares by UTF-16 code units in Piste
// instead of using locale collation (node/ICU root collation: lowercase
// before uppercase of the same letter, accents are secondary differences, so
// 'a' < 'B' and 'é' < 'z'). Sorting names with
// arr.sort((a, b) => a.localeCompare(b)) therefore gives a different order.
// The numeric and sensitivity options are ignored too.
console.log('a'.localeCompare('B'), 'A'.localeCompare('a'), 'é'.localeCompare('z'));
console.log(['Zoe', 'adam', 'Émile', 'bob'].sort((a, b) => a.localeCompare(b)));
console.log(['item10', 'item9', 'item1'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
console.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }));
// expect: -1 1 -1
// expect: [ 'adam', 'bob', 'Émile', 'Zoe' ]
// expect: [ 'item1', 'item9', 'item10' ]
// expect: 0
