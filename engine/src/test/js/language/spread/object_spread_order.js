// Object spread order and overwrite semantics.
var base = { a: 1, b: 2 };
console.log(JSON.stringify({ ...base, a: 3 }), JSON.stringify({ a: 3, ...base })); // expect: {"a":3,"b":2} {"a":1,"b":2}
console.log(JSON.stringify({ ...[1, 2] })); // expect: {"0":1,"1":2}
var x = { z: 1, 2: "two", y: 2, 1: "one" };
console.log(Object.keys({ ...x }).join()); // expect: 1,2,z,y
