// console.table is missing in Piste (TypeError: console.table is not a
// function).
console.table([{ a: 1, b: 'x' }, { a: 2 }]);
// expect: ┌─────────┬───┬─────┐
// expect: │ (index) │ a │ b   │
// expect: ├─────────┼───┼─────┤
// expect: │ 0       │ 1 │ 'x' │
// expect: │ 1       │ 2 │     │
// expect: └─────────┴───┴─────┘
