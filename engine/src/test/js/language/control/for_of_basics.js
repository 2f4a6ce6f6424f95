// for-of over arrays, strings (code points), Maps, Sets and arguments.
var out = [];
for (var x of [1, 2, 3]) out.push(x);
console.log(out.join()); // expect: 1,2,3
var cps = []; for (var ch of "a\u{1F600}b") cps.push(ch.codePointAt(0));
console.log(cps.join()); // expect: 97,128512,98
var m = new Map([["a", 1], ["b", 2]]), ms = [];
for (var e of m) ms.push(e.join("="));
for (var key of m.keys()) ms.push(key);
for (var val of m.values()) ms.push(val);
console.log(ms.join()); // expect: a=1,b=2,a,b,1,2
var s = new Set([3, 1, 3, 2]), ss = [];
for (var v of s) ss.push(v);
console.log(ss.join()); // expect: 3,1,2
(function () { var r = []; for (var a of arguments) r.push(a); console.log(r.join()); })(7, 8); // expect: 7,8
try { for (var z of { a: 1 }) {} } catch (e) { console.log(e instanceof TypeError); } // expect: true
for (const v of []) console.log("never");
console.log("done"); // expect: done
