// Deleting and re-adding a key moves it to the end of the insertion order.
var o = { a: 1, b: 2, c: 3 };
delete o.a;
o.a = 4;
console.log(Object.keys(o).join()); // expect: b,c,a
o.b = 5;
console.log(Object.keys(o).join()); // expect: b,c,a
delete o.c; delete o.b;
o.c = 0; o.d = 0; o.b = 0;
console.log(Object.keys(o).join(), JSON.stringify(o)); // expect: a,c,d,b {"a":4,"c":0,"d":0,"b":0}
var n = { 3: "c", 1: "a" };
delete n[1]; n[1] = "again";
console.log(Object.keys(n).join()); // expect: 1,3
