// Keys that are not array indices (2^32-1, negatives, fractions, non-canonical strings) don't affect length.
var a = [];
a[4294967295] = "max";
console.log(a.length, a[4294967295]); // expect: 0 max
a[-1] = "neg"; a[1.5] = "frac"; a["01"] = "lead";
console.log(a.length, a[-1], a["1.5"], a["01"], a[1]); // expect: 0 neg frac lead undefined
a["2"] = "str index";
console.log(a.length, a[2]); // expect: 3 str index
a[1e0] = "one";
console.log(a[1], a.length); // expect: one 3
console.log(Object.keys(a).join()); // expect: 1,2,4294967295,-1,1.5,01
var b = [1, 2, 3];
b.prop = "p";
console.log(b.length, JSON.stringify(b), b.prop); // expect: 3 [1,2,3] p
