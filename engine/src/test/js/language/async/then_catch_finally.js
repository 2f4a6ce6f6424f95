// then/catch/finally: pass-through of non-function handlers, finally passes values and reasons through.
var log = [];
Promise.resolve(1).then(null).then(undefined, null).then("not a fn").then(v => log.push("passed " + v));
Promise.reject("r").then(v => log.push("wrong")).catch(e => { log.push("caught " + e); return "recovered"; }).then(v => log.push(v));
Promise.resolve("fv").finally(() => "finally return ignored").then(v => log.push("finally kept " + v));
Promise.reject("fr").finally(() => {}).catch(e => log.push("finally kept reason " + e));
Promise.resolve("x").finally(() => { throw new Error("finally threw"); }).catch(e => log.push(e.message));
Promise.reject("orig").finally(() => Promise.reject("replaced")).catch(e => log.push("reason " + e));
Promise.resolve().finally(function () { log.push("finally args " + arguments.length); });
Promise.resolve("v").then(v => { throw v + "!"; }).catch(e => log.push("then threw " + e));
Promise.resolve().then(() => Promise.resolve("returned promise")).then(v => log.push(v));
setTimeout(() => console.log(log.join("\n")), 0);
// expect: finally args 0
// expect: caught r
// expect: finally threw
// expect: then threw v!
// expect: recovered
// expect: passed 1
// expect: finally kept fv
// expect: finally kept reason fr
// expect: reason replaced
// expect: returned promise
