// new of small constructors inlined into optimized code: the object made in place, the constructor's
// stores as transitions, deopts inside rebuilding the constructor's frame with the object it made.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
}
function P(a) { this.a = a; if (a > 1e9) return { big: true }; }
function sum(n) { let v = new Vec(0, 0); for (let i = 0; i < n; i++) v = v.add(new Vec(i, 1)); return v; }
let r;
for (let k = 0; k < 300; k++) r = sum(100);
console.log(r.x, r.y, r instanceof Vec, Object.getPrototypeOf(r) === Vec.prototype, JSON.stringify(new Vec(1, 2)));
function makeP(a) { return new P(a); }
let ps = 0;
for (let k = 0; k < 3000; k++) ps += makeP(k).a;
console.log(ps, JSON.stringify(makeP(2e9)), makeP(5) instanceof P, makeP("s").a);
// The constructor's guard fails on the object it is building: the object keeps what was stored.
function Q(o) { this.first = 1; this.v = o.v; this.last = 3; }
function makeQ(o) { return new Q(o); }
for (let k = 0; k < 3000; k++) makeQ({ v: k });
let seen;
const q = makeQ({ get v() { seen = Object.keys(this).length; return "g"; } });
console.log(JSON.stringify(q), seen, q instanceof Q);
// The prototype property replaced: new objects get the new prototype.
P.prototype = { hello() { return "hi"; } };
console.log(makeP(1).hello(), makeP(2) instanceof P);
Object.defineProperty(Q, "prototype", { value: { q: true } });
console.log(makeQ({ v: 1 }).q);
// expect: 4950 100 true true {"x":1,"y":2}
// expect: 4498500 {"big":true} true s
// expect: {"first":1,"v":"g","last":3} 1 true
// expect: hi true
// expect: true
