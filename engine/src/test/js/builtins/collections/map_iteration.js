const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
let out = '';
for (const [k, v] of m) out += k + v + ' ';
console.log(out);
out = '';
for (const k of m.keys()) out += k;
for (const v of m.values()) out += v;
console.log(out);
const it = m.entries();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next().value), it[Symbol.iterator]() === it);
console.log(Object.prototype.toString.call(it), typeof it.next);
let seen = '';
m.forEach(function (v, k, map) { seen += k + '=' + v + (map === m) + (this.tag || '') + ';'; }, { tag: '!' });
console.log(seen);
console.log(JSON.stringify([...m]), JSON.stringify([...m.keys()]));
const done = m.values();
done.next(); done.next(); done.next();
console.log(JSON.stringify(done.next()), JSON.stringify(done.next()));

// expect: a1 b2 c3 
// expect: abc123
// expect: {"value":["a",1],"done":false} ["b",2] true
// expect: [object Map Iterator] function
// expect: a=1true!;b=2true!;c=3true!;
// expect: [["a",1],["b",2],["c",3]] ["a","b","c"]
// expect: {"done":true} {"done":true}
