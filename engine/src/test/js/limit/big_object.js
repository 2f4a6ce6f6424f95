// An object with 10,000 keys: insertion, lookup, enumeration order, deletion.
var o = {};
for (var i = 0; i < 10000; i++) o["key" + i] = i;
console.log(Object.keys(o).length, o.key9999, o.key5000); // expect: 10000 9999 5000
var total = 0; for (var k in o) total += o[k];
console.log(total); // expect: 49995000
for (var j = 0; j < 10000; j += 3) delete o["key" + j];
console.log(Object.keys(o).length, Object.keys(o)[0]); // expect: 6666 key1
var m = new Map();
for (var n = 0; n < 10000; n++) m.set("k" + n, n);
console.log(m.size, m.get("k777")); // expect: 10000 777
var nums = {};
for (var q = 9999; q >= 0; q--) nums[q] = q;
console.log(Object.keys(nums)[0], Object.keys(nums)[9999]); // expect: 0 9999
