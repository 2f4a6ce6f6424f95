// JSON.parse / stringify of 1000-deep nested arrays and a wide object.
var text = "[".repeat(1000) + "]".repeat(1000);
var v = JSON.parse(text);
console.log(JSON.stringify(v).length); // expect: 2000
var wide = {};
for (var i = 0; i < 10000; i++) wide["p" + i] = i;
var round = JSON.parse(JSON.stringify(wide));
console.log(Object.keys(round).length, round.p9999); // expect: 10000 9999
