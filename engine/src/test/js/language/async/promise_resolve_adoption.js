// Resolving a promise with another promise or thenable adopts its state; resolving with itself is a TypeError.
var inner = new Promise(r => setTimeout(() => r("inner value"), 30));
var outer = new Promise(r => r(inner));
outer.then(v => console.log("adopted", v));
var rejectedInner = Promise.reject(new Error("inner rejection"));
new Promise(r => r(rejectedInner)).catch(e => console.log("adopted rejection", e.message));
var self;
// Resolved with itself from a microtask (no timer: the order of the output does not depend on time).
self = new Promise(r => Promise.resolve().then(() => r(self)));
self.catch(e => console.log("self resolution", e instanceof TypeError));
var getterCalls = 0;
var thenGetter = { get then() { getterCalls++; return r => r("via getter"); } };
new Promise(r => r(thenGetter)).then(v => console.log(v, getterCalls));
console.log("getter called synchronously:", getterCalls); // expect: getter called synchronously: 1
var throwingGetter = { get then() { throw new Error("getter threw"); } };
new Promise(r => r(throwingGetter)).catch(e => console.log(e.message));
new Promise(r => r({ then: "not callable" })).then(v => console.log("plain object", v.then));
// expect: getter threw
// expect: plain object not callable
// expect: self resolution true
// expect: via getter 1
// expect: adopted rejection inner rejection
// expect: adopted inner value
