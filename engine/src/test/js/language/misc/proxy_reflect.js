// Proxy traps for get/set/has/deleteProperty/ownKeys and Reflect counterparts.
var log = [];
var target = { a: 1 };
var p = new Proxy(target, {
  get(t, k, r) { log.push("get " + String(k)); return k in t ? Reflect.get(t, k, r) : "default"; },
  set(t, k, v) { log.push("set " + k); t[k] = v * 2; return true; },
  has(t, k) { return k.startsWith("a"); },
  deleteProperty(t, k) { log.push("delete " + k); return delete t[k]; },
  ownKeys(t) { return [...Reflect.ownKeys(t), "virtual"]; },
  getOwnPropertyDescriptor(t, k) { return k === "virtual" ? { value: "v", enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k); }
});
console.log(p.a, p.zzz); // expect: 1 default
p.b = 5;
console.log(target.b, "abc" in p, "b" in p); // expect: 10 true false
delete p.a;
console.log(Object.keys(p).join()); // expect: b,virtual
console.log(log.join(",")); // expect: get a,get zzz,set b,delete a
console.log(Reflect.has({ x: 1 }, "x"), Reflect.ownKeys([1]).join(), Reflect.apply(Math.max, null, [1, 3])); // expect: true 0,length 3
var { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { proxy.x; } catch (e) { console.log(e instanceof TypeError); } // expect: true
