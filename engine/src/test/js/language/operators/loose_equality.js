// == abstract equality algorithm across type combinations.
console.log(null == undefined, null == 0, undefined == 0, null == false); // expect: true false false false
console.log(null == "", undefined == null); // expect: false true
console.log(1 == "1", 0 == "", 0 == "0", "" == "0"); // expect: true true true false
console.log(true == 1, true == "1", false == "0", true == "true"); // expect: true true true false
console.log(NaN == NaN, NaN == "NaN"); // expect: false false
console.log([1] == 1, [1, 2] == "1,2", [] == 0, [] == "", [0] == false); // expect: true true true true true
console.log({} == "[object Object]", {} == {}); // expect: true false
var v = { valueOf() { return 42; } };
console.log(v == 42, v == "42", v === 42); // expect: true true false
var t = { toString() { return "hi"; } };
console.log(t == "hi"); // expect: true
var both = { valueOf() { return 1; }, toString() { return "2"; } };
console.log(both == 1, both == "2"); // expect: true false
console.log(1n == 1, 1n == "1", 2n == true); // expect: true true false
var sym = Symbol();
console.log(sym == sym, sym == Object(sym)); // expect: true true
console.log(" \n 1 \t" == 1); // expect: true
console.log(new String("a") == "a", new Number(1) == 1, new Boolean(false) == false); // expect: true true true
console.log(undefined == false, "0" == false, "1" == true); // expect: false true true
