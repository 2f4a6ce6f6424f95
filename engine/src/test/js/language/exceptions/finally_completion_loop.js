// try/finally in loops: finally executes each iteration and sees current state.
var log = [];
for (var i = 0; i < 3; i++) { try { if (i === 1) throw i; log.push("t" + i); } catch (e) { log.push("c" + e); } finally { log.push("f" + i); } }
console.log(log.join()); // expect: t0,f0,c1,f1,t2,f2
function gen() { var r = []; for (let i = 0; i < 3; i++) { try { r.push(() => i); } finally { i++; } } return r.map(f => f()).join(); }
console.log(gen()); // expect: 1,3
