// Array methods are generic: they work on array-like objects via call.
var al = { length: 3, 0: "a", 1: "b", 2: "c" };
console.log(Array.prototype.join.call(al, "+"), Array.prototype.map.call(al, s => s.toUpperCase()).join("")); // expect: a+b+c ABC
Array.prototype.push.call(al, "d");
console.log(al.length, al[3]); // expect: 4 d
console.log(Array.prototype.slice.call(al, 1, 3).join()); // expect: b,c
function f() { return Array.prototype.reverse.call(arguments).length; }
console.log(f(1, 2, 3)); // expect: 3
console.log(Array.prototype.indexOf.call("hello", "l")); // expect: 2
