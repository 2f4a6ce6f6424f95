// Promise.withResolvers (ES2024) gives a promise plus its resolve/reject; falls back to an equivalent in old hosts.
var withResolvers = typeof Promise.withResolvers === "function" ? () => Promise.withResolvers()
  : () => { var o = {}; o.promise = new Promise((res, rej) => { o.resolve = res; o.reject = rej; }); return o; };
var a = withResolvers();
console.log(Object.keys(a).sort().join(), a.promise instanceof Promise); // expect: promise,reject,resolve true
console.log(typeof a.resolve, typeof a.reject); // expect: function function
a.promise.then(v => console.log("resolved", v));
setTimeout(() => { a.resolve("later"); a.resolve("ignored"); a.reject(new Error("ignored too")); }, 2);
var b = withResolvers();
b.promise.catch(e => console.log("rejected", e.message));
b.reject(new Error("nope"));
var c = withResolvers();
c.resolve(Promise.resolve("adopted"));
c.promise.then(v => console.log(v));
var d = withResolvers(), e = withResolvers();
d.promise.then(v => e.resolve(v + "+chained"));
e.promise.then(v => console.log(v));
d.resolve("d");
// expect: rejected nope
// expect: d+chained
// expect: adopted
// expect: resolved later
