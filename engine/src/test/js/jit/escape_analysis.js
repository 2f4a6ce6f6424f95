// Objects of inlined constructors that never escape are not made at all (escape analysis); a deopt
// that needs one makes it then, with the fields it had: the program cannot tell.
class Pt {
  constructor(x, o) { this.x = x; this.y = o.v; this.z = this.x + this.y; }
}
function area(a, o) { const p = new Pt(a, o); return p.z * 2 + p.x; }
const plain = { v: 1 };
let s = 0;
for (let i = 0; i < 3000; i++) s += area(i, plain);
console.log(s);
// A getter where the constructor reads o.v: the shape guard fails inside the inlined constructor,
// whose frame is rebuilt with the object it was building (x already set).
let seenThis = null;
const odd = { get v() { seenThis = this; return 10; } };
console.log(area(5, odd), seenThis === odd);
for (let i = 0; i < 3000; i++) s += area(i, plain);
console.log(s, area(7, { w: 0, v: 2 }));
function both(a, b) { const p = new Pt(a, { v: b }), q = new Pt(b, { v: a }); return p.z * q.z - p.y + q.x; }
let t = 0;
for (let i = 0; i < 3000; i++) t += both(i, i + 1);
console.log(t);
// expect: 13501500
// expect: 35 true
// expect: 27003000 25
// expect: 35999999000
