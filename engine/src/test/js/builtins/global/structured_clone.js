// structuredClone: identity and cycles kept, kinds kept for built-ins, plain objects from instances,
// DataCloneError for functions, symbols, promises, weak collections and proxies.
const t = (v) => { try { return structuredClone(v); } catch (e) { return e.name + " | " + e.message; } };
for (const v of [() => {}, function f(a) { return a }, Symbol("s"), Promise.resolve(), new WeakMap, { a: () => 1 }, new Proxy({}, {})]) console.log(t(v));
class A { constructor() { this.x = 1; } get y() { return 2; } }
console.log(t(new A), t([1, , 3]), t(Object.assign([1], { p: 2 })), t(Math) === Math);
const e = t(Object.assign(new RangeError("m", { cause: { c: 1 } }), { extra: 1 }));
console.log(e instanceof RangeError, e.message, e.extra, e.cause, Object.keys(e), e.stack === undefined);
const c = new TypeError("x"); c.name = "Custom"; console.log(t(c).name, t(c) instanceof TypeError);
const o = { n: 1, s: "s", b: true, u: undefined, nl: null, big: 10n, neg: -0, nan: NaN };
o.self = o; o.list = [o, o.n]; const oc = t(o);
console.log(oc !== o, oc.self === oc, oc.list[0] === oc, Object.is(oc.neg, -0), oc.big, oc.u, Object.keys(oc).join());
const m = new Map([[{ k: 1 }, new Set([1, 2])], ["d", new Date(0)]]); const mc = t(m);
console.log(mc, mc.get("d") instanceof Date, mc.get("d") !== m.get("d"));
const buf = new ArrayBuffer(8); const u8 = new Uint8Array(buf, 2, 4); u8[0] = 7; const dv = new DataView(buf);
const r = t({ buf, u8, dv }); console.log(r.u8, r.u8.buffer === r.buf, r.dv.buffer === r.buf, r.dv.getUint8(2), r.buf.byteLength);
r.u8[0] = 9; console.log(u8[0]);
console.log(t(/ab+c/gi), t(/x/y).lastIndex, t(new String("str")), t(new Number(4)), t(Object(5n)), t(new Boolean(false)));
console.log(t({ get g() { return "got"; } }), t(Object.create({ inherited: 1 })), t({ [Symbol("k")]: 1, v: 2 }));
try { structuredClone(); } catch (e) { console.log(e.name); }
console.log(structuredClone.length, structuredClone.name, typeof structuredClone(undefined));
// expect: DataCloneError | () => {} could not be cloned.
// expect: DataCloneError | function f(a) { return a } could not be cloned.
// expect: DataCloneError | Symbol(s) could not be cloned.
// expect: DataCloneError | #<Promise> could not be cloned.
// expect: DataCloneError | #<WeakMap> could not be cloned.
// expect: DataCloneError | () => 1 could not be cloned.
// expect: DataCloneError | #<Object> could not be cloned.
// expect: { x: 1 } [ 1, <1 empty item>, 3 ] [ 1, p: 2 ] false
// expect: true m undefined { c: 1 } [] false
// expect: Error false
// expect: true true true true 10n undefined n,s,b,u,nl,big,neg,nan,self,list
// expect: Map(2) { { k: 1 } => Set(2) { 1, 2 }, 'd' => 1970-01-01T00:00:00.000Z } true true
// expect: Uint8Array(4) [ 7, 0, 0, 0 ] true true 7 8
// expect: 7
// expect: /ab+c/gi 0 [String: 'str'] [Number: 4] [BigInt: 5n] [Boolean: false]
// expect: { g: 'got' } {} { v: 2 }
// expect: TypeError
// expect: 0 structuredClone undefined
