const ints = [], doubles = [], objects = [];
for (let i = 0; i < 1000; i++) { ints.push(i); doubles.push(i + 0.5); objects.push({ v: i }); }
function work() { let s = 0; for (let r = 0; r < 200; r++) for (let i = 0; i < 1000; i++) { s += ints[i] + doubles[i]; ints[i] = ints[i] + 0; objects[i] = objects[i]; } return s; }
run("elements", work, 8);
