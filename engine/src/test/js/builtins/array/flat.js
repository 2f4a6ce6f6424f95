var a = [1, [2, [3, [4, [5]]]]];
console.log(a.flat().length, a.flat(2).length, a.flat(Infinity).join(), a.flat(0).length, a.flat(-1).length);
console.log([1, , [2, , 3]].flat().join("|"), [1, , [2, , 3]].flat().length);
console.log([1, 2].flatMap(x => [x, x * 10]).join(), [1, 2].flatMap(x => [[x]]).length, ["a b", "c"].flatMap(s => s.split(" ")).join());
console.log([1].flatMap(function (x) { return this.v; }, { v: 7 }).join());
try { [1].flatMap(); } catch (e) { console.log(e.name); }
// expect: 3 4 1,2,3,4,5 2 2
// expect: 1|2|3 3
// expect: 1,10,2,20 2 a,b,c
// expect: 7
// expect: TypeError
