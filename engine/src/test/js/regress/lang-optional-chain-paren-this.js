// A parenthesized optional chain used as a callee keeps its `this` value:
// `(o?.f)()` is like `(o.f)()`, so the method is called with this === o.
// Piste calls it with this undefined.
const o = {
  f() { return this === o; },
  g: { h() { return this === o.g; } },
};
console.log((o?.f)());
console.log((o.g?.h)());
console.log((o?.g.h)());
console.log((o?.["f"])());
// expect: true
// expect: true
// expect: true
// expect: true
