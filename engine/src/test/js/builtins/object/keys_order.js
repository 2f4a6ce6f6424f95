// Own keys: integer keys ascending, then strings in insertion order; symbols never in keys().
const o = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, '-1': 'neg', '01': 'lead' };
console.log(JSON.stringify(Object.keys(o)));
console.log(JSON.stringify(Object.values(o)));
console.log(JSON.stringify(Object.entries({ x: 1, y: [2] })));
console.log(JSON.stringify(Object.getOwnPropertyNames(o)));
console.log(Object.getOwnPropertySymbols(o).length, Object.getOwnPropertySymbols(o)[0].toString());
const ne = Object.defineProperty({ v: 1 }, 'hidden', { value: 2 });
console.log(JSON.stringify(Object.keys(ne)), JSON.stringify(Object.getOwnPropertyNames(ne)));
console.log(JSON.stringify(Object.keys('abc')), JSON.stringify(Object.entries('hi')));
console.log(Object.keys(5).length, Object.values(true).length);

// expect: ["1","2","b","a","-1","01"]
// expect: ["one","two",1,2,"neg","lead"]
// expect: [["x",1],["y",[2]]]
// expect: ["1","2","b","a","-1","01"]
// expect: 1 Symbol(s)
// expect: ["v"] ["v","hidden"]
// expect: ["0","1","2"] [["0","h"],["1","i"]]
// expect: 0 0
