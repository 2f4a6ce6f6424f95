// A throw inside an async function rejects its promise instead of throwing synchronously.
async function fails(msg) { throw new Error(msg); }
async function failsLater() { await null; throw new TypeError("later"); }
async function throwsPrimitive() { throw 7; }
var p;
try { p = fails("sync part"); console.log("no sync throw"); } catch (e) { console.log("wrong"); } // expect: no sync throw
p.catch(e => console.log("caught", e.message));
failsLater().then(() => console.log("not here"), e => console.log("rejected", e.name, e.message));
throwsPrimitive().catch(v => console.log("primitive", v, typeof v));
async function badDefault(x = missingVar) { return x; }
var q = badDefault();
console.log(q instanceof Promise); // expect: true
q.catch(e => console.log("default param", e.name));
async function rethrow() { try { await fails("inner"); } catch (e) { throw new Error("outer wraps " + e.message); } }
rethrow().catch(e => console.log(e.message));
// expect: caught sync part
// expect: primitive 7 number
// expect: default param ReferenceError
// expect: rejected TypeError later
// expect: outer wraps inner
