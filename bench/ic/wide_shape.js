function Rec(i) { this.a = i; this.b = i; this.c = i; this.d = i; this.e = i; this.f = i; this.g = i; this.h = i; this.i = i; this.j = i; this.x = i; this.y = 2 * i; }
const recs = []; for (let i = 0; i < 200; i++) recs.push(new Rec(i));
function work() { let s = 0; for (let r = 0; r < 2000; r++) for (let i = 0; i < recs.length; i++) { const p = recs[i]; s += p.x + p.y; } return s; }
run("wide_shape", work, 8);
