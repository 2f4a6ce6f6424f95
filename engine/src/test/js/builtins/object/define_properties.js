const o = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get() { return this.a + 1; }, enumerable: true },
  c: { value: 3 },
});
console.log(o.a, o.b, o.c, JSON.stringify(o));
const descs = Object.getOwnPropertyDescriptors(o);
console.log(JSON.stringify(Object.keys(descs)), descs.c.writable, descs.b.set);
// All descriptors are read before any is defined: a bad one means nothing is defined.
const t = {};
try { Object.defineProperties(t, { ok: { value: 1 }, bad: { get: 1 } }); } catch (e) { console.log(e.constructor.name); }
console.log('ok' in t);

// expect: 1 2 3 {"a":1,"b":2}
// expect: ["a","b","c"] false undefined
// expect: TypeError
// expect: false
