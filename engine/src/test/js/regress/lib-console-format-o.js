// console.log's %o specifier inspects with showHidden, so arrays show their
// non-enumerable length as "[length]: N".
console.log('%o', [1, 2]);
// expect: [ 1, 2, [length]: 2 ]
