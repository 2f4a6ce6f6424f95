// console.log of a revoked Proxy prints "<Revoked Proxy>" in node. Piste
// throws "TypeError: Cannot perform 'getPrototypeOf' on a proxy that has been
// revoked" out of console.log.
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
revoke();
console.log(proxy, [proxy]);
// expect: <Revoked Proxy> [ <Revoked Proxy> ]
