// Arrays with 1e5 elements of different kinds.
var a = new Array(100000);
for (var i = 0; i < a.length; i++) a[i] = i * 0.5;
console.log(a.length, a[99999]); // expect: 100000 49999.5
var objs = [];
for (var j = 0; j < 100000; j++) objs.push({ id: j });
console.log(objs[54321].id, objs.filter(o => o.id % 1000 === 0).length); // expect: 54321 100
var rev = Array.from({ length: 100000 }, (_, k) => k).reverse();
console.log(rev[0], rev[99999], rev.indexOf(0)); // expect: 99999 0 99999
var shifted = objs.slice(); for (var s = 0; s < 1000; s++) shifted.shift();
console.log(shifted.length, shifted[0].id); // expect: 99000 1000
