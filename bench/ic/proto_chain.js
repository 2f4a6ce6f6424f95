class A { base() { return 1; } }
class B extends A {}
class C extends B {}
class D extends C { }
const d = new D();
function work() { let s = 0; for (let i = 0; i < 300000; i++) s += d.base(); return s; }
run("proto_chain", work, 8);
