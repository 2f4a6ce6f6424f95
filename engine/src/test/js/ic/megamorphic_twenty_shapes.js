// A load site that sees twenty shapes keeps giving the right answers (through the stub cache).
function read(o) { return o.v; }
const objects = [];
for (let i = 0; i < 20; i++) { const o = {}; o["p" + i] = i; o.v = i * 10; objects.push(o); }
let sum = 0;
for (let round = 0; round < 50; round++) for (const o of objects) sum += read(o);
console.log(sum); // expect: 95000
objects[3].v = -1;
console.log(read(objects[3]), read(objects[4])); // expect: -1 40
