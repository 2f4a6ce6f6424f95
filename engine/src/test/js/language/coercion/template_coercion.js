// Template literals use ToString (string hint), unlike + which uses default hint.
var o = { valueOf: () => 1, toString: () => "two" };
console.log(`${o}`, "" + o, o + ""); // expect: two 1 1
var arr = [1, 2];
arr.toString = () => "custom";
console.log(`${arr}`, arr + ""); // expect: custom custom
console.log(`${null}${undefined}${true}${0.1 + 0.2}`); // expect: nullundefinedtrue0.30000000000000004
