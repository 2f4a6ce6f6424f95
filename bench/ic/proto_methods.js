class Counter { constructor() { this.n = 0; } inc() { this.n++; return this; } get value() { return this.n; } }
function work() { const c = new Counter(); for (let i = 0; i < 300000; i++) c.inc(); return c.value; }
run("proto_methods", work, 8);
