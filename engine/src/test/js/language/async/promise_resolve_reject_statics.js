// Promise.resolve returns native promises unchanged, wraps values and thenables; Promise.reject always wraps.
var p = Promise.resolve(1);
console.log(Promise.resolve(p) === p); // expect: true
console.log(Promise.resolve(5) instanceof Promise, Promise.resolve(p) === Promise.resolve(p)); // expect: true true
var r = Promise.reject(p);
console.log(r === p, r instanceof Promise); // expect: false true
class Sub extends Promise {}
var s = Sub.resolve(2);
console.log(s instanceof Sub, Promise.resolve(s) === s, Sub.resolve(s) === s, Sub.resolve(p) === p); // expect: true false true false
var thenable = { then(f) { f("from thenable"); } };
var t = Promise.resolve(thenable);
console.log(t === thenable, t instanceof Promise); // expect: false true
try { Promise.resolve.call(1, 2); } catch (e) { console.log(e instanceof TypeError); } // expect: true
r.catch(reason => console.log("reject reason is the promise itself:", reason === p));
t.then(v => console.log(v));
Promise.resolve().then(() => console.log(typeof Promise.resolve, Promise.resolve.length, Promise.reject.length));
// expect: reject reason is the promise itself: true
// expect: function 1 1
// expect: from thenable
