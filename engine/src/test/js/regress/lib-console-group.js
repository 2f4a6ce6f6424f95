// console.group / console.groupEnd are missing in Piste (TypeError:
// console.group is not a function). Node indents output inside a group by two
// spaces per level and prints the group label.
console.group('Outer');
console.log('a');
console.group();
console.log({ x: 1, y: [1, 2] });
console.groupEnd();
console.groupEnd();
console.log('b');
// expect: Outer
// expect:   a
// expect:     { x: 1, y: [ 1, 2 ] }
// expect: b
