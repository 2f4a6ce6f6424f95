// + with a string operand concatenates after ToPrimitive/ToString.
console.log("a" + 1 + 2); // expect: a12
console.log(1 + 2 + "a"); // expect: 3a
console.log("a" + null + undefined + true); // expect: anullundefinedtrue
console.log("x" + [1, 2] + {}); // expect: x1,2[object Object]
console.log([] + []); // expect:
console.log([] + {}); // expect: [object Object]
console.log("" + -0, "" + 1e21, "" + 0.1); // expect: 0 1e+21 0.1
console.log("n" + 12n); // expect: n12
var o = { toString() { return "T"; }, valueOf() { return 5; } };
console.log("" + o, `${o}`, o + 1); // expect: 5 T 6
try { "" + Symbol("s"); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(String(Symbol("s"))); // expect: Symbol(s)
console.log("abc".concat(1, null)); // expect: abc1null
