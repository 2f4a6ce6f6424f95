// let in a for loop creates a fresh binding per iteration; var shares one.
var fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()).join()); // expect: 0,1,2
var gs = [];
for (var j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map(f => f()).join()); // expect: 3,3,3
var hs = [];
for (let k = 0; k < 3; k++) { hs.push(() => k); k++; }
console.log(hs.map(f => f()).join()); // expect: 1,3
var ks = [];
for (let i = 0; i < 3; ks.push(() => i), i++);
console.log(ks.map(f => f()).join()); // expect: 1,2,3
var ms = [];
for (const x of ["a", "b"]) ms.push(() => x);
console.log(ms.map(f => f()).join()); // expect: a,b
var ns = [];
for (const key in { p: 1, q: 2 }) ns.push(() => key);
console.log(ns.map(f => f()).join()); // expect: p,q
var ws = [], w = 0;
while (w < 3) { let copy = w; ws.push(() => copy); w++; }
console.log(ws.map(f => f()).join()); // expect: 0,1,2
