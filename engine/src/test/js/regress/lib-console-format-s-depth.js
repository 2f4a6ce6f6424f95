// console.log's %s specifier inspects plain objects/arrays with depth 0, so
// nested arrays/objects show as [Array]/[Object]. Piste uses the normal depth.
console.log('%s', [1, [2, [3]]]);
console.log('%s', { a: { b: 1 } });
// expect: [ 1, [Array] ]
// expect: { a: [Object] }
