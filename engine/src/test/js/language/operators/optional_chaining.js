// ?. short-circuits the whole chain on null/undefined and preserves this for calls.
var o = { a: { b: { c: 1 } }, f() { return this.tag; }, tag: "T", arr: [10, 20] };
console.log(o?.a?.b?.c, o.x?.b.c.d.e, o?.["a"]?.b.c); // expect: 1 undefined 1
var n = null;
console.log(n?.a, n?.[0], n?.(), n?.a.b.c()); // expect: undefined undefined undefined undefined
console.log(o.f?.(), o.g?.(), o?.f()); // expect: T undefined T
console.log(o.arr?.[1], o.nope?.[1]); // expect: 20 undefined
var count = 0;
function k() { count++; return "a"; }
n?.[k()];
console.log(count); // expect: 0
console.log((n?.a)?.b); // expect: undefined
try { (n?.a).b; } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(0?.toString(), ""?.length, false?.valueOf()); // expect: 0 0 false
try { o.tag?.(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(delete n?.a, delete o?.tag, o.tag); // expect: true true undefined
var u;
console.log(u?.x ?? "fallback"); // expect: fallback
