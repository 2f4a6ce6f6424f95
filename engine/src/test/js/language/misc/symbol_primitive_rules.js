// Symbols cannot be implicitly converted to strings or numbers but can be explicitly.
var s = Symbol("k");
function kind(f) { try { return String(f()); } catch (e) { return e.name; } }
console.log(kind(() => s + ""), kind(() => `${s}`), kind(() => s * 1), kind(() => String(s)), kind(() => s.toString())); // expect: TypeError TypeError TypeError Symbol(k) Symbol(k)
console.log(kind(() => !s), kind(() => s == s), kind(() => [s].join())); // expect: false true TypeError
console.log(kind(() => ({ [s]: 1 })[s])); // expect: 1
