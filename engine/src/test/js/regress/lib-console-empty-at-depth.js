// console.log: an EMPTY object/array/Set/Map/class instance/null-prototype
// object nested deeper than the inspect depth (2) is still printed in full
// ({}, [], Set(0) {}, Foo {}, ...) because node checks for emptiness before
// the depth cut-off. Piste prints [Object], [Array], [Set], [Map], [Foo],
// [Object: null prototype].
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: {} } } });
console.log({ users: [{ id: 1, tags: ['a'] }, { id: 2, tags: [] }] });
console.log({ a: { b: { c: new Set() } } }, { a: { b: { c: new Map() } } });
class Foo {}
console.log({ a: { b: { c: new Foo() } } }, { a: { b: { c: Object.create(null) } } });
// expect: { a: { b: { c: [] } } }
// expect: { a: { b: { c: {} } } }
// expect: { users: [ { id: 1, tags: [Array] }, { id: 2, tags: [] } ] }
// expect: { a: { b: { c: Set(0) {} } } } { a: { b: { c: Map(0) {} } } }
// expect: { a: { b: { c: Foo {} } } } { a: { b: { c: [Object: null prototype] {} } } }
