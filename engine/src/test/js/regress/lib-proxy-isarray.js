// Array.isArray must see through a Proxy whose target is an array (spec:
// IsArray recurses into [[ProxyTarget]]). Piste returns false, which also
// breaks Array.prototype.concat spreading of proxied arrays.
const p = new Proxy([1, 2], {});
console.log(Array.isArray(p));
console.log(JSON.stringify(p));
console.log([0].concat(p).length);
console.log(Array.isArray(new Proxy(new Proxy([], {}), {})));
// expect: true
// expect: [1,2]
// expect: 3
// expect: true
