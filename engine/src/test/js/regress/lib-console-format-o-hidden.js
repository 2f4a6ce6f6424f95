// console.log's %o shows non-enumerable properties of arrays and plain objects in brackets, to depth 4.
console.log('%o', [1, 2]);
console.log('%o', []);
console.log('%o', { a: [1, 2], s: 'x', n: { deep: [[1]] } });
console.log('%o', Object.defineProperty({ v: 1 }, 'h', { value: 2 }));
console.log('%o', [ [1] ]);
console.log('%o', 'str', 5);
console.log('%O', [1, 2]);
// expect: [ 1, 2, [length]: 2 ]
// expect: [ [length]: 0 ]
// expect: {
// expect:   a: [ 1, 2, [length]: 2 ],
// expect:   s: 'x',
// expect:   n: { deep: [ [ 1, [length]: 1 ], [length]: 1 ] }
// expect: }
// expect: { v: 1, [h]: 2 }
// expect: [ [ 1, [length]: 1 ], [length]: 1 ]
// expect: 'str' 5
// expect: [ 1, 2 ]
