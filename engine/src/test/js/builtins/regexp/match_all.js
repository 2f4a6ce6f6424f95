var s = "a1b2c3";
var all = [...s.matchAll(/[a-z](\d)/g)];
console.log(all.length, all.map(m => m[1] + "@" + m.index).join());
var fromString = [..."a.b.c".matchAll(".")];
console.log(fromString.length);
try { s.matchAll(/x/); } catch (e) { console.log(e.name + ": " + e.message); }
var re = /\d/g;
re.lastIndex = 3;
console.log([...s.matchAll(re)].map(m => m[0]).join(), re.lastIndex);
var it = "ab".matchAll(/(?:)/g);
console.log([...it].length, Object.prototype.toString.call("x".matchAll(/x/g)));
// expect: 3 1@0,2@2,3@4
// expect: 5
// expect: TypeError: String.prototype.matchAll called with a non-global RegExp argument
// expect: 2,3 3
// expect: 3 [object RegExp String Iterator]
