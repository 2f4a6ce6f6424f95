console.log([5, 1, 10, 2, 8].sort((a, b) => a - b).join(), [5, 1, 10].sort((a, b) => b - a).join());
console.log([3, 1, 2].sort(() => 0).join(), [1, 2, 3].sort((a, b) => String(b - a)).join(), [1, 2, 3].sort((a, b) => NaN).join());
var calls = 0;
[undefined, 3, undefined, 1].sort(function (a, b) { calls++; if (a === undefined || b === undefined) throw "saw undefined"; return a - b; });
console.log(calls > 0);
try { [1, 2].sort("nope"); } catch (e) { console.log(e.name); }
try { [2, 1].sort(() => { throw new RangeError("cmp"); }); } catch (e) { console.log(e.name, e.message); }
var big = [];
for (var i = 0; i < 200; i++) big.push((i * 7919) % 200);
big.sort((a, b) => a - b);
var ok = true;
for (var j = 0; j < 200; j++) if (big[j] !== j) ok = false;
console.log(ok);
var weird = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13];
weird.sort(() => Math.random() - 0.5);
console.log(weird.length, weird.slice().sort((a, b) => a - b).join());
// expect: 1,2,5,8,10 10,5,1
// expect: 3,1,2 3,2,1 1,2,3
// expect: true
// expect: TypeError
// expect: RangeError cmp
// expect: true
// expect: 13 0,1,2,3,4,5,6,7,8,9,11,13,15
