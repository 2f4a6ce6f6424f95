// Object literals in optimized code: the object is made with the shape its properties give it
// (or not made at all when it does not escape); it must be an ordinary object like any other, its
// properties defined (never set: no setter on Object.prototype runs), in order, also when a guard
// fails halfway through the literal and the interpreter defines the rest.
function point(i) { const p = { x: i, y: i + 1 }; return p.x + p.y; }
function escaping(i, a) { const o = { id: i, name: "n" + i, tags: a }; return o; }
let sum = 0, kept = [];
for (let r = 0; r < 3000; r++) { sum += point(r); kept.push(escaping(r, [r])); }
const last = kept[kept.length - 1];
console.log("basic", sum, JSON.stringify(last), Object.keys(last).join(), Object.getPrototypeOf(last) === Object.prototype,
  last.hasOwnProperty("name"), kept[5].name);

// Defining, not setting: a setter for x on Object.prototype is not called.
let setterCalls = 0;
Object.defineProperty(Object.prototype, "x", { set(v) { setterCalls++; }, get() { return "proto"; }, configurable: true });
let defined = 0;
for (let r = 0; r < 2000; r++) defined += point(r);
console.log("defined", defined, setterCalls, ({}).x, ({ x: 5 }).x);
delete Object.prototype.x;

// A guard fails between two properties (int32 overflow): the object so far is made, the rest defined.
function halfway(a, b, c) { const o = { first: a, sum: a + b, last: c }; return o; }
let h;
for (let r = 0; r < 3000; r++) h = halfway(r, 1, "z");
h = halfway(2147483647, 1, "end");
// The same where the object does not escape (it is never made until the guard fails).
function hidden(a, b) { const o = { p: a, q: a + b, r: -a }; return o.p + "/" + o.q + "/" + o.r + "/" + Object.keys(o).join(""); }
let hid;
for (let r = 0; r < 3000; r++) hid = hidden(r, 2);
console.log("halfway", JSON.stringify(h), Object.keys(h).join(), hid, hidden(2147483647, 1));

// Duplicate keys, index keys, accessors, __proto__, and more properties than a fast shape holds.
function odd(i) {
  const dup = { a: i, a: i + 1, b: 2 };
  const indexed = { x: 1, 0: "zero", y: 2 };
  const acc = { v: i, get twice() { return this.v * 2; } };
  const withProto = { __proto__: { inherited: "yes" }, own: i };
  return [dup.a, Object.keys(dup).join(), Object.keys(indexed).join(), acc.twice, withProto.inherited, Object.keys(withProto).join()].join(" ");
}
let oddOut;
for (let r = 0; r < 2000; r++) oddOut = odd(r);
function wide(i) {
  const o = { p0: i, p1: i, p2: i, p3: i, p4: i, p5: i, p6: i, p7: i, p8: i, p9: i, p10: i, p11: i, p12: i, p13: i, p14: i, p15: i,
    p16: i, p17: i, p18: i, p19: i, p20: i, p21: i, p22: i, p23: i, p24: i, p25: i, p26: i, p27: i, p28: i, p29: i, p30: i, p31: i,
    p32: i, p33: i, p34: i, p35: i, p36: i, p37: i, p38: i, p39: i, p40: i, p41: i, p42: i, p43: i, p44: i, p45: i, p46: i, p47: i,
    p48: i, p49: i, p50: i, p51: i, p52: i, p53: i, p54: i, p55: i, p56: i, p57: i, p58: i, p59: i, p60: i, p61: i, p62: i, p63: i,
    p64: i, p65: i, p66: i, p67: i, p68: i, p69: i, p70: i, p71: i, p72: i, p73: i, p74: i, p75: i, p76: i, p77: i, p78: i, p79: i };
  return Object.keys(o).length + o.p79 + o.p0;
}
let wideOut = 0;
for (let r = 0; r < 500; r++) wideOut = wide(r);
console.log("odd", oddOut, "wide", wideOut);
// expect: basic 9000000 {"id":2999,"name":"n2999","tags":[2999]} id,name,tags true true n5
// expect: defined 4000000 0 proto 5
// expect: halfway {"first":2147483647,"sum":2147483648,"last":"end"} first,sum,last 2999/3001/-2999/pqr 2147483647/2147483648/-2147483647/pqr
// expect: odd 2000 a,b 0,x,y 3998 yes own wide 1078
