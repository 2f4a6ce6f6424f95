// IsArray looks through proxies: Array.isArray(new Proxy([], {})) is true, and
// Array.prototype.concat spreads a proxy of an array (IsConcatSpreadable uses IsArray).
// Libraries that wrap arrays in proxies (reactive state, ORMs) depend on this.
// Piste returns false and concat appends the proxy as one element.
const p = new Proxy([1, 2], {});
console.log(Array.isArray(p));
console.log(Array.isArray(new Proxy(new Proxy([], {}), {})));
console.log([0].concat(p).length);
console.log(Array.isArray(new Proxy({}, {})));
// expect: true
// expect: true
// expect: 3
// expect: false
