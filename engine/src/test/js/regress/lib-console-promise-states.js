// console.log of promises in each state, nested and long, with node's line breaking.
const pending = new Promise(() => {}); const rej = Promise.reject(new Error("x")); rej.catch(() => {});
console.log(pending, [Promise.resolve({ a: { b: { c: { d: 1 } } } })], { p: Promise.resolve([1, 2]) });
console.log(Promise.resolve("a".repeat(90)));
console.log(Promise.reject(3).catch(() => {}) && Promise.resolve(Promise.resolve(2)));
const m = new Map([[1, { deep: { deeper: { deepest: {} } } }]]); m.k = [1]; console.log(m);
// expect: Promise { <pending> } [ Promise { { a: [Object] } } ] { p: Promise { [ 1, 2 ] } }
// expect: Promise {
// expect:   'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
// expect: }
// expect: Promise { 2 }
// expect: Map(1) { 1 => { deep: { deeper: [Object] } }, k: [ 1 ] }
