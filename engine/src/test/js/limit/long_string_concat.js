// Long string building: 1e5 appends, repeated doubling, and join.
var s = "";
for (var i = 0; i < 100000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 5), s.slice(-3)); // expect: 100000 abcde bcd
var d = "ab";
for (var j = 0; j < 18; j++) d = d + d;
console.log(d.length, d.charAt(d.length - 1)); // expect: 524288 b
var parts = [];
for (var k = 0; k < 100000; k++) parts.push(k);
var joined = parts.join(",");
console.log(joined.length, joined.split(",").length); // expect: 588889 100000
