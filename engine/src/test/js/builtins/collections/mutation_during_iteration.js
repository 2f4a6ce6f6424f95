// Deleted entries not yet visited are skipped, entries added during iteration are visited.
const s = new Set([1, 2, 3, 4]);
let out = '';
for (const x of s) {
  out += x + ' ';
  if (x === 1) { s.delete(2); s.add(5); }
  if (x === 3) s.delete(3);
  if (x === 5) s.add(6);
}
console.log(out, s.size);
const m = new Map([['a', 1], ['b', 2]]);
out = '';
for (const [k] of m) {
  out += k;
  if (k === 'a') { m.delete('a'); m.set('a', 3); }
  if (out.length > 10) break;
}
console.log(out);
// Deleting the last entry then adding: a suspended iterator still sees the new entry.
const t = new Set(['x', 'y']);
const it = t.values();
console.log(it.next().value);
t.delete('y');
t.add('z');
console.log(it.next().value, it.next().done);
// clear() during iteration, then add.
const c = new Set([1, 2, 3]);
const ci = c.values();
ci.next();
c.clear();
c.add(10);
console.log(ci.next().value, ci.next().done);
// An exhausted iterator stays exhausted.
const e = new Set([1]);
const ei = e.values();
ei.next(); ei.next();
e.add(2);
console.log(ei.next().done);
// forEach sees additions too.
const f = new Map([[1, 1]]);
let n = 0;
f.forEach((v, k) => { n++; if (k < 5) f.set(k + 1, k + 1); });
console.log(n, f.size);

// expect: 1 3 4 5 6  4
// expect: abaaaaaaaaa
// expect: x
// expect: z true
// expect: 10 true
// expect: true
// expect: 5 5
