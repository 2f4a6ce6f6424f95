// Array.from: iterables, array-likes, map function, holes become undefined.
console.log(Array.from("abc").join("|"), Array.from("a😀b").length);
console.log(Array.from({ length: 3 }).join("|"), Array.from({ length: 3, 0: "x", 2: "z" }).join("|"));
console.log(Array.from([1, , 3], function (v, i) { return v === undefined ? "hole" + i : v * this.k; }, { k: 10 }).join());
console.log(Array.from([1, 2, 3].keys()).join(), Array.from([1, 2].entries()).join(";"));
console.log(Array.from({ length: "2" }, (v, i) => i * 2).join());
try { Array.from([1], 5); } catch (e) { console.log(e.name); }
console.log(Array.from(null === null ? [] : 0).length);
try { Array.from(null); } catch (e) { console.log(e.name); }
function* gen() { yield 1; yield 2; }
console.log(Array.from(gen(), x => x + 1).join());
// expect: a|b|c 3
// expect: || x||z
// expect: 10,hole1,30
// expect: 0,1,2 0,1;1,2
// expect: 0,2
// expect: TypeError
// expect: 0
// expect: TypeError
// expect: 2,3
