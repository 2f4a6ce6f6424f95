// Destructuring strings iterates code points (array pattern) or indexes properties (object pattern).
var [a, b, c] = "x\u{1F600}y";
console.log(a, b.length, c); // expect: x 2 y
var { 0: first, length } = "hey";
console.log(first, length); // expect: h 3
var [...chars] = "abc";
console.log(chars.join("-")); // expect: a-b-c
