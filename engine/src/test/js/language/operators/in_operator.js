// in checks own and inherited keys, array indices, symbols; RHS must be object.
var o = { a: undefined };
console.log("a" in o, "b" in o, "toString" in o); // expect: true false true
var arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, "length" in arr, 3 in arr); // expect: true false true true false
console.log("0" in arr); // expect: true
var s = Symbol(); o[s] = 1;
console.log(s in o); // expect: true
console.log("x" in Object.create({ x: 1 })); // expect: true
console.log("x" in Object.create(null)); // expect: false
try { "a" in "abc"; } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { "a" in null; } catch (e) { console.log(e.name); } // expect: TypeError
console.log(1 in { 1: 0 }, 1.5 in { "1.5": 0 }); // expect: true true
