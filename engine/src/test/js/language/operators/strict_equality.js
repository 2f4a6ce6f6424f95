// === compares without coercion across all type combinations.
console.log(1 === 1, 1 === 1.0, 1 === "1", 0 === -0); // expect: true true false true
console.log(null === null, undefined === undefined, null === undefined); // expect: true true false
console.log("a" === "a", true === 1, NaN === NaN); // expect: true false false
var o = {}; var p = {};
console.log(o === o, o === p, [] === []); // expect: true false false
var s = Symbol("x");
console.log(s === s, Symbol("x") === Symbol("x"), Symbol.for("x") === Symbol.for("x")); // expect: true false true
console.log(1n === 1n, 1n === 1); // expect: true false
console.log("ab" === "a" + "b"); // expect: true
