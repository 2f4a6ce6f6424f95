// Async functions always return a native promise that resolves to the returned value, after the current script.
async function num() { return 42; }
async function none() {}
async function obj() { return { a: 1 }; }
async function nested() { return Promise.resolve("adopted"); }
var p = num();
console.log(p instanceof Promise, Object.prototype.toString.call(p)); // expect: true [object Promise]
console.log(typeof num, num.constructor.name, Object.getPrototypeOf(num) === Function.prototype); // expect: function AsyncFunction false
var resolved = Promise.resolve(1);
async function same() { return resolved; }
console.log(same() === resolved); // expect: false
console.log(num.length, (async function (a, b) {}).length, "prototype" in num); // expect: 0 2 false
try { new num(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
p.then(v => console.log("num", v));
none().then(v => console.log("none", v));
obj().then(v => console.log("obj", JSON.stringify(v)));
nested().then(v => console.log("nested", v));
console.log("sync end"); // expect: sync end
// expect: num 42
// expect: none undefined
// expect: obj {"a":1}
// expect: nested adopted
