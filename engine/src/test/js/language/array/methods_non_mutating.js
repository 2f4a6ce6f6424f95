// slice/concat/indexOf/includes/find/flat/flatMap/join/at/toSorted etc.
var a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3).join(), a.slice(-2).join(), a.concat([6, [7]], 8).length); // expect: 2,3 4,5 8
console.log(a.indexOf(3), a.lastIndexOf(9), a.includes(5), [NaN].includes(NaN)); // expect: 2 -1 true true
console.log(a.find(x => x > 2), a.findLast(x => x < 4), a.findLastIndex(x => x > 10)); // expect: 3 3 -1
console.log([1, [2, [3, [4]]]].flat().length, [1, [2, [3, [4]]]].flat(Infinity).join()); // expect: 3 1,2,3,4
console.log([1, 2].flatMap(x => [x, x * 10]).join()); // expect: 1,10,2,20
console.log(a.at(-1), a.at(10)); // expect: 5 undefined
console.log(a.toReversed().join(), a.join()); // expect: 5,4,3,2,1 1,2,3,4,5
console.log(a.with(0, 9).join(), [3, 1, 2].toSorted().join()); // expect: 9,2,3,4,5 1,2,3
console.log(a.reduceRight((s, x) => s + x, ""), a.some(x => x > 4), a.every(x => x > 0)); // expect: 54321 true true
console.log([..."abc"].entries().next().value.join(), [...["a", "b"].keys()].join()); // expect: 0,a 0,1
console.log([[1, 2], [3]].join(";"), [null, [undefined, [1]]].join()); // expect: 1,2;3 ,,1
