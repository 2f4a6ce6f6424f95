const o = { toJSON(key) { return 'key=' + key; } };
console.log(JSON.stringify(o), JSON.stringify({ x: o }), JSON.stringify([o]));
const d = { when: { toJSON() { return undefined; } }, other: 1 };
console.log(JSON.stringify(d));
const proto = { toJSON() { return { replaced: true }; } };
console.log(JSON.stringify(Object.create(proto)));
console.log(JSON.stringify({ toJSON: 5, a: 1 }));
const order = [];
JSON.stringify({ v: { toJSON() { order[order.length] = 'toJSON'; return 1; } } }, (k, v) => { order[order.length] = 'replacer:' + k; return v; });
console.log(JSON.stringify(order));

// expect: "key=" {"x":"key=x"} ["key=0"]
// expect: {"other":1}
// expect: {"replaced":true}
// expect: {"toJSON":5,"a":1}
// expect: ["replacer:","toJSON","replacer:v"]
