// forEach/map/filter/some/every skip holes; find/findIndex visit them as undefined.
var a = [1, , 3];
var seen = [];
a.forEach(function (v, i) { seen.push(i + ":" + v); });
console.log(seen.join());
var m = a.map(x => x * 2);
console.log(m.length, 1 in m, m.join());
console.log(a.filter(() => true).length, a.some(x => x === undefined), a.every(x => x !== undefined));
var visited = [];
a.find(function (v, i) { visited.push(i); return false; });
console.log(visited.join(), a.findIndex(x => x === undefined), a.findLast(x => true), a.findLastIndex(x => x === 1));
console.log([].some(x => true), [].every(x => false));
// expect: 0:1,2:3
// expect: 3 false 2,,6
// expect: 2 false true
// expect: 0,1,2 1 3 0
// expect: false true
