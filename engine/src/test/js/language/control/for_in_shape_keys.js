// for-in over plain objects takes the keys of the object's shape; anything else walks the chain.
const base = { a: 1, b: 2 };
function keysOf(o) { const ks = []; for (const k in o) ks.push(k); return ks.join(","); }
let out = [];
for (let r = 0; r < 3; r++) out.push(keysOf(base));
const child = Object.create(base); child.c = 3;
out.push(keysOf(child));
const withHidden = { x: 1 }; Object.defineProperty(withHidden, "hidden", { value: 2, enumerable: false }); withHidden.y = 3;
out.push(keysOf(withHidden));
const arrLike = { 1: "b", 0: "a", z: 1 };
out.push(keysOf(arrLike));
Object.prototype.extra = 9;
out.push(keysOf(base));
delete Object.prototype.extra;
out.push(keysOf(base));
const deleting = { p: 1, q: 2, r: 3 }; const seen = [];
for (const k in deleting) { seen.push(k); delete deleting.q; }
out.push(seen.join(","));
const adding = { p: 1 }; const seen2 = [];
for (const k in adding) { seen2.push(k); adding.late = 1; }
out.push(seen2.join(","));
out.push(keysOf(Object.assign(Object.create(null), { n: 1 })));
console.log(out.join(" | "));
// expect: a,b | a,b | a,b | c,a,b | x,y | 0,1,z | a,b,extra | a,b | p,r | p | n
