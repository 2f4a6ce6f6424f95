// Setting length truncates; writing past the end extends; length is a uint32.
var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a.join(), a[3], 3 in a); // expect: 1,2 undefined false
a.length = 4;
console.log(a.length, 2 in a, a.join()); // expect: 4 false 1,2,,
a[9] = "x";
console.log(a.length); // expect: 10
try { a.length = -1; } catch (e) { console.log(e instanceof RangeError); } // expect: true
try { a.length = 1.5; } catch (e) { console.log(e.name); } // expect: RangeError
a.length = "3";
console.log(a.length); // expect: 3
try { new Array(-1); } catch (e) { console.log(e.name); } // expect: RangeError
console.log(new Array(3).length, new Array(3, 4).length, Array.of(3).length); // expect: 3 2 1
var big = [];
big[4294967294] = 1;
console.log(big.length); // expect: 4294967295
