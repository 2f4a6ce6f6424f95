console.log([1, 2, 3, 4].reduce((a, b) => a + b), [1, 2, 3].reduce((a, b) => a + b, 10), ["a", "b", "c"].reduceRight((a, b) => a + b));
console.log([, 1, , 2, ,].reduce((a, b) => a + "," + b), [5].reduce(() => { throw 1; }), [].reduce((a, b) => a, "init"));
var calls = [];
[1, 2, 3].reduce(function (acc, v, i, arr) { calls.push(acc + ":" + v + ":" + i + ":" + arr.length); return acc + v; }, 0);
console.log(calls.join(" "));
try { [].reduce((a, b) => a); } catch (e) { console.log(e.name + ": " + e.message); }
try { [, ,].reduceRight((a, b) => a); } catch (e) { console.log(e.name); }
// expect: 10 16 cba
// expect: 1,2 5 init
// expect: 0:1:0:3 1:2:1:3 3:3:2:3
// expect: TypeError: Reduce of empty array with no initial value
// expect: TypeError
