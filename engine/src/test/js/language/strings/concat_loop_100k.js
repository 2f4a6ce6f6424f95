// Building a 100k-character string with += in a loop.
var s = "";
for (var i = 0; i < 100000; i++) s += "x";
console.log(s.length); // expect: 100000
console.log(s[0], s[99999], s[100000]); // expect: x x undefined
var t = "";
for (var j = 0; j < 20000; j++) t += j % 10;
console.log(t.length, t.slice(0, 12), t.slice(-3)); // expect: 20000 012345678901 789
var u = "";
for (var k = 0; k < 1000; k++) u = "a" + u + "b";
console.log(u.length, u.indexOf("b"), u.charAt(999), u.charAt(1000)); // expect: 2000 1000 a b
