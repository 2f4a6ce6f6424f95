const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a, typeof revoke, revoke.length);
revoke();
revoke();
for (const op of [() => proxy.a, () => { proxy.a = 1; }, () => 'a' in proxy, () => delete proxy.a, () => Object.keys(proxy), () => Object.getPrototypeOf(proxy)]) {
  try { op(); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(typeof proxy);
try { new Proxy({}, null); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Proxy(1, {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Proxy.length, Proxy.name, 'prototype' in Proxy);
const r2 = Proxy.revocable(function () {}, {});
r2.revoke();
try { r2.proxy(); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: 1 function 0
// expect: TypeError Cannot perform 'get' on a proxy that has been revoked
// expect: TypeError Cannot perform 'set' on a proxy that has been revoked
// expect: TypeError Cannot perform 'has' on a proxy that has been revoked
// expect: TypeError Cannot perform 'deleteProperty' on a proxy that has been revoked
// expect: TypeError Cannot perform 'ownKeys' on a proxy that has been revoked
// expect: TypeError Cannot perform 'getPrototypeOf' on a proxy that has been revoked
// expect: object
// expect: TypeError Cannot create proxy with a non-object as target or handler
// expect: TypeError Cannot create proxy with a non-object as target or handler
// expect: TypeError Constructor Proxy requires 'new'
// expect: 2 Proxy false
// expect: TypeError Cannot perform 'apply' on a proxy that has been revoked
