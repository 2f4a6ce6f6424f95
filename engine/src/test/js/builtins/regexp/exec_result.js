var m = /(\d+)-(\d+)?/.exec("ab 12- cd");
console.log(m.length, m[0], m[1], m[2], m.index, m.input, m.groups);
console.log(/x/.exec("abc"), /(a)|(b)/.exec("b").join("|"));
var n = /(?<year>\d{4})-(?<month>\d{2})/.exec("date 2024-05");
console.log(n.groups.year, n.groups.month, Object.getPrototypeOf(n.groups) === null, Object.keys(n.groups).join());
var d = /b(?<c>c)?/d.exec("abc");
console.log(d.indices[0].join(), d.indices[1].join(), d.indices.groups.c.join(), /b(c)?/d.exec("ab").indices[1]);
// expect: 3 12- 12 undefined 3 ab 12- cd undefined
// expect: null b||b
// expect: 2024 05 true year,month
// expect: 1,3 2,3 2,3 undefined
