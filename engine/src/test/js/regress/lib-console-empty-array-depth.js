// console.log: an EMPTY array nested deeper than the inspect depth (2) is
// still printed as [] (node checks for emptiness before the depth cut-off, as
// it does for {}). Piste prints [Array].
console.log({ a: { b: { c: [] } } });
console.log({ users: [{ id: 1, tags: ['a'] }, { id: 2, tags: [] }] });
// expect: { a: { b: { c: [] } } }
// expect: { users: [ { id: 1, tags: [Array] }, { id: 2, tags: [] } ] }
