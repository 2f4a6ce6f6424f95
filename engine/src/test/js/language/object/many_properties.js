// 1000 properties and many deletes behave the same as few (dictionary mode is invisible).
var o = {};
for (var i = 0; i < 1000; i++) o["k" + i] = i;
console.log(Object.keys(o).length, o.k0, o.k999); // expect: 1000 0 999
for (var j = 0; j < 1000; j += 2) delete o["k" + j];
var keys = Object.keys(o);
console.log(keys.length, keys[0], keys[1], keys[499]); // expect: 500 k1 k3 k999
console.log("k0" in o, o.k1, o.k998); // expect: false 1 undefined
o.k0 = "back";
console.log(Object.keys(o).pop(), Object.keys(o).length); // expect: k0 501
var sum = 0; for (var k in o) if (typeof o[k] === "number") sum += o[k];
console.log(sum); // expect: 250000
var n = {};
for (var m = 999; m >= 0; m--) n[m] = m;
console.log(Object.keys(n).slice(0, 3).join(), Object.keys(n).length); // expect: 0,1,2 1000
