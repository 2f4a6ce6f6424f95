// && and || return operand values and short-circuit.
console.log(1 && 2, 0 && 2, "" || "x", "a" || "b"); // expect: 2 0 x a
console.log(null && f(), undefined || null); // expect: null null
function f() { throw new Error("should not run"); }
console.log(true || f(), false && f()); // expect: true false
console.log(!0, !"", !"0", !null, !NaN, ![], !{}); // expect: true true false true true false false
console.log(!!document_undefined_check()); // expect: false
function document_undefined_check() { return typeof document !== "undefined"; }
console.log(1 || 2 && 0, (1 || 2) && 0); // expect: 1 0
