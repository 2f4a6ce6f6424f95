function P(x, y) { this.x = x; this.y = y; }
const pts = []; for (let i = 0; i < 200; i++) pts.push(new P(i, 2 * i));
function work() { let s = 0; for (let r = 0; r < 2000; r++) for (let i = 0; i < pts.length; i++) { const p = pts[i]; s += p.x + p.y; } return s; }
run("one_shape", work, 8);
