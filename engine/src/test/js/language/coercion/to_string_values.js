// String() conversion of all primitive kinds and common objects.
console.log(String(null), String(undefined), String(true), String(12.50), String(-0), String(1n)); // expect: null undefined true 12.5 0 1
console.log(String([1, [2, 3]]), String({}), String(Symbol("d")), String(/a+/g)); // expect: 1,2,3 [object Object] Symbol(d) /a+/g
console.log(String(function f() { return 1; })); // expect: function f() { return 1; }
console.log(String(class A {}), String(x => x)); // expect: class A {} x => x
console.log(String(new Error("e")), String(new Date(NaN))); // expect: Error: e Invalid Date
console.log([undefined, null] + "", JSON.stringify(String([,])), JSON.stringify(String([, 1]))); // expect: , "" ",1"
