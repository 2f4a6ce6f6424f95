// yield* delegation 500 levels deep.
function* nest(n) { if (n === 0) { yield "leaf"; return; } yield* nest(n - 1); }
console.log([...nest(500)].join()); // expect: leaf
