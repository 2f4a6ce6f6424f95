// o[k] = v converts an object key after evaluating v (V8 and the specification agree); a
// null or undefined base throws without converting an object key.
const log = [];
const k = { toString() { log.push("key"); return "p"; } };
const o = {};
o[k] = (log.push("value"), 1);
console.log(log.join(), o.p);
const t = (f) => { try { f(); console.log("ok"); } catch (e) { console.log(e.name + ": " + e.message); } };
t(() => { null[{}] = 1; });
const log4 = []; t(() => { undefined[(log4.push("keyexpr"), "x")] = (log4.push("value"), 1); }); console.log(log4.join());
const arr = []; arr[{ toString() { return "2"; } }] = 5; console.log(arr.length);
const sym = Symbol("s"); const os = {}; os[sym] = 1; console.log(os[sym]);
// expect: value,key 1
// expect: TypeError: Cannot set properties of null (setting '#<Object>')
// expect: TypeError: Cannot set properties of undefined (setting 'x')
// expect: keyexpr,value
// expect: 3
// expect: 1
