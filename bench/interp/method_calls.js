class Vec { constructor(x, y) { this.x = x; this.y = y; } add(o) { return new Vec(this.x + o.x, this.y + o.y); } dot(o) { return this.x * o.x + this.y * o.y; } }
function methods() {
  let acc = new Vec(0, 0), s = 0;
  const d = new Vec(1, 2);
  for (let i = 0; i < 300000; i++) { acc = acc.add(d); s += acc.dot(d) & 1023; }
  return s;
}
run("method_calls", methods, 8);
