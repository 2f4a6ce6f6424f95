// Array literals with holes and trailing commas.
var a = [1, , 3, ];
console.log(a.length, 1 in a, a[1]); // expect: 3 false undefined
var b = [, , ];
console.log(b.length, 0 in b); // expect: 2 false
var c = [undefined];
console.log(c.length, 0 in c); // expect: 1 true
console.log(a.join("-"), String([null, undefined, 1])); // expect: 1--3 ,,1
console.log(JSON.stringify(a)); // expect: [1,null,3]
console.log(Object.keys(a).join()); // expect: 0,2
