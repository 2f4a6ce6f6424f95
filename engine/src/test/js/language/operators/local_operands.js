// Locals read in place as operands (o.x, o[k], o[k] = v, x op= v, call arguments): the value is the
// local's at the moment the operand is evaluated, even when a later part of the expression assigns it.
function evalAssigns() { var a = [1, 2, 3]; var i = 0; a[i] = eval("i = 2; 9"); return a.join() + " " + i; }
console.log(evalAssigns());
function withObject() { var x = 1; var o = { x: 10 }; with (o) { x += 5; } return x + " " + o.x; }
console.log(withObject());
function objectReassignedByValue() { var p = { x: 1 }; var q = { x: 2 }; p.x = (p = q, 5); return p.x + " " + q.x; }
console.log(objectReassignedByValue());
function keyReassignedByValue() { var a = [0, 0, 0]; var i = 0; a[i] = (i = 2, 7); return a.join() + " " + i; }
console.log(keyReassignedByValue());
function compoundKeyReassigned() { var a = [0, 0, 0]; var i = 1; a[i] += (i = 2, 7); return a.join() + " " + i; }
console.log(compoundKeyReassigned());
function compoundLocalReassigned() { var s = "a"; s += (s = "b", "c"); return s; }
console.log(compoundLocalReassigned());
function compoundLocal() { var s = 1; s += s * 2; s -= 1; s *= s; s **= 0.5; s %= 3; s <<= 4; s |= 1; return s; }
console.log(compoundLocal());
function keyReassignedByKey() { var o = { a: 1 }; var key = "a"; var r = o[key = "b", key]; return r + " " + key; }
console.log(keyReassignedByKey());
function objectReassignedByKey() { var o = { a: 1 }, p = { a: 2 }; return o[(o = p, "a")] + " " + o.a; }
console.log(objectReassignedByKey());
function argumentReassignedLater(f) { var x = 1; return f(x, x = 2, x); }
console.log(argumentReassignedLater((a, b, c) => a + "," + b + "," + c));
function methodReceiverReassigned() { var o = { f() { return this.v; }, v: 3 }; var p = { f() { return -1; }, v: 4 }; return o.f(o = p) + " " + o.f(); }
console.log(methodReceiverReassigned());
function optional() { var o = null; var q = { x: 1, f() { return this.x; } }; return o?.x + " " + o?.[0] + " " + q?.x + " " + q?.f() + " " + o?.f(); }
console.log(optional());
class A { constructor() { this.x = 1; this.y = this.x + 1; } sum() { return this.x + this.y; } }
class B extends A { constructor() { super(); this.z = this.x + 2; } }
console.log(new A().sum(), new B().z);
class C extends A { constructor() { try { this.x = 0; } catch (e) { super(); console.log(e.constructor.name, this.x); } } }
new C();
function constAssigned() { const c = 1; try { c += 1; } catch (e) { return e.constructor.name + " " + c; } }
console.log(constAssigned());
function updates() { var a = { x: 1 }; a.x++; ++a.x; a.x += a.x; var b = [5]; var i = 0; b[i]++; b[i] **= 2; return a.x + " " + b[0]; }
console.log(updates());
function logicalAssign(o) { var k = "x"; o[k] = o[k] + 1; o[k] ||= 5; o[k] &&= o[k] * 3; o.y ??= k; return o.x + " " + o.y; }
console.log(logicalAssign({ x: 1 }));
function sloppyThis() { return this; }
console.log(typeof sloppyThis.call(5), sloppyThis.call(null) === globalThis);
function getterSeesOrder() {
  var log = [];
  var o = { get x() { log.push("get"); return 1; }, set x(v) { log.push("set " + v); } };
  var k = { toString() { log.push("key"); return "x"; } };
  o[k] += 2;
  return log.join(",");
}
console.log(getterSeesOrder());
// expect: 9,2,3 2
// expect: 1 15
// expect: 2 2
// expect: 7,0,0 2
// expect: 0,7,0 2
// expect: ac
// expect: 33
// expect: undefined b
// expect: 1 2
// expect: 1,2,2
// expect: 3 -1
// expect: undefined undefined 1 1 undefined
// expect: 3 3
// expect: ReferenceError 1
// expect: TypeError 1
// expect: 6 36
// expect: 6 x
// expect: object true
// expect: key,get,key,set 3
