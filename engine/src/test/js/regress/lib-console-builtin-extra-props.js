// console.log of a Date/RegExp/Promise/Map/Set that has extra own enumerable
// properties: node prints them after the contents, e.g.
// "Map(1) { 1 => 2, extra: 3 }", "/x/ { extra: 1 }".
const d = new Date(0); d.extra = 1; console.log(d);
const r = /x/; r.extra = 1; console.log(r);
const p = Promise.resolve(1); p.extra = 2; console.log(p);
const m = new Map([[1, 2]]); m.extra = 3; console.log(m);
const s = new Set(); s.extra = 4; console.log(s);
// expect: 1970-01-01T00:00:00.000Z { extra: 1 }
// expect: /x/ { extra: 1 }
// expect: Promise { 1, extra: 2 }
// expect: Map(1) { 1 => 2, extra: 3 }
// expect: Set(0) { extra: 4 }
