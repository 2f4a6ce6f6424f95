const objs = [];
for (let i = 0; i < 200; i++) { const o = {}; o["f" + (i % 20)] = 0; o.x = i; o.y = 1; objs.push(o); }
function work() { let s = 0; for (let r = 0; r < 2000; r++) for (let i = 0; i < objs.length; i++) { const o = objs[i]; s += o.x + o.y; } return s; }
run("twenty_shapes", work, 8);
