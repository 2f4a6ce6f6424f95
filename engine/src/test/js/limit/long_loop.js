// A tight loop of 1e7 iterations with int arithmetic must complete quickly.
var x = 0;
for (var i = 0; i < 10000000; i++) x = (x + i) | 0;
console.log(x); // expect: -2014260032
var h = 0;
for (var j = 0; j < 1000000; j++) h = Math.imul(h ^ j, 16777619) >>> 0;
console.log(h); // expect: 2953956224
