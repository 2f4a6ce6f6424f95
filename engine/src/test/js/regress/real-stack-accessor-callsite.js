// When a getter or setter is invoked implicitly by a property read/write, the
// caller's frame in error.stack reports a stale position (the start of the
// previous statement, e.g. "5:1") instead of the position of the property access
// that triggered the accessor (node: "6:7" / "8:17").
const where = (s) => /:(\d+:\d+)\)?$/.exec(s.split('\n')[2])[1];
const o = { set v(x) { console.log(where(new Error('y').stack)); }, get g() { return where(new Error('z').stack); } };
console.log('start');
  o.v = 3;
console.log('mid');
  console.log(o.g);
// expect: start
// expect: 8:7
// expect: mid
// expect: 10:17
