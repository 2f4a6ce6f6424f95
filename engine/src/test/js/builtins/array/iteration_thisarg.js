var ctx = { n: 10 };
console.log([1, 2].map(function (x) { return x + this.n; }, ctx).join());
var out = [];
[1, 2].forEach(function (x, i, arr) { out.push(this.n * x + i + arr.length); }, ctx);
console.log(out.join());
console.log([1, 2, 3].filter(function (x) { return x > this.n / 10; }, ctx).join());
"use strict";
console.log([1].map(function () { return typeof this; }).join());
// expect: 11,12
// expect: 12,23
// expect: 2,3
// expect: object
