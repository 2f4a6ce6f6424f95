// Object.keys/values/entries/fromEntries/assign/getOwnPropertyDescriptors.
var o = { a: 1, b: 2 };
console.log(Object.values(o).join(), JSON.stringify(Object.entries(o))); // expect: 1,2 [["a",1],["b",2]]
console.log(JSON.stringify(Object.fromEntries([["x", 1], ["y", 2]]))); // expect: {"x":1,"y":2}
var t = Object.assign({ a: 0 }, o, null, { c: 3 });
console.log(JSON.stringify(t)); // expect: {"a":1,"b":2,"c":3}
var ds = Object.getOwnPropertyDescriptors({ get g() { return 1; }, v: 2 });
console.log(typeof ds.g.get, ds.v.value, ds.v.writable); // expect: function 2 true
console.log(Object.is(NaN, NaN), Object.is(0, -0)); // expect: true false
console.log(Object.keys("ab").join(), Object.entries([7, 8]).join(";")); // expect: 0,1 0,7;1,8
var grouped = {};
for (const [k, v] of Object.entries({ x: 1, y: 2, z: 3 })) (grouped[v % 2 ? "odd" : "even"] ??= []).push(k);
console.log(JSON.stringify(grouped)); // expect: {"odd":["x","z"],"even":["y"]}
