var people = [];
var names = ["ann", "bob", "cat", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou", "max", "ned", "oz", "pat", "quinn", "ray", "sue", "tim"];
for (var i = 0; i < names.length; i++) people.push({ name: names[i], age: [30, 20, 30, 20, 10][i % 5] });
people.sort((a, b) => a.age - b.age);
console.log(people.map(p => p.age + p.name).join(" "));
var like = { length: 4, 0: "d", 1: "b", 3: "a", sort: Array.prototype.sort };
like.sort();
console.log(like[0], like[1], 2 in like, 3 in like, like.length);
console.log([3, 2, 1].toSorted().join(), [, 1].toSorted().length, 0 in [, 1].toSorted(), [, 1].toSorted()[1]);
// expect: 10eve 10jon 10oz 10tim 20bob 20dan 20gus 20ivy 20lou 20ned 20quinn 20sue 30ann 30cat 30fay 30hal 30kim 30max 30pat 30ray
// expect: a b true false 4
// expect: 1,2,3 2 true undefined
