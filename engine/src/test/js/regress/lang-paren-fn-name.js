// Anonymous function/arrow/class expressions wrapped in parentheses do not get an
// inferred name. Per spec, IsAnonymousFunctionDefinition looks through a
// ParenthesizedExpression, so `let f = (function(){})` names the function "f".
// Piste leaves the name empty.
let f = (function () {});
const g = (() => 0);
let C = (class {});
let h;
h = ((function () {}));
const o = { m: (() => 1) };
console.log(f.name);
console.log(g.name);
console.log(C.name);
console.log(h.name);
console.log(o.m.name);
// expect: f
// expect: g
// expect: C
// expect: h
// expect: m
