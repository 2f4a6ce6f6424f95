const objs = [];
for (let i = 0; i < 200; i++) { const k = i % 4; const o = k === 0 ? { x: i, y: 1 } : k === 1 ? { y: 1, x: i } : k === 2 ? { a: 0, x: i, y: 1 } : { b: 0, c: 0, x: i, y: 1 }; objs.push(o); }
function work() { let s = 0; for (let r = 0; r < 2000; r++) for (let i = 0; i < objs.length; i++) { const o = objs[i]; s += o.x + o.y; } return s; }
run("four_shapes", work, 8);
