var a = ["a", , "c"];
console.log([...a.keys()].join(), [...a.values()].join("|"), [...a.entries()].map(e => e.join(":")).join());
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
var it = [1].values();
console.log(it.next().value, it.next().done);
// expect: 0,1,2 a||c 0:a,1:,2:c
// expect: true
// expect: 1 true
