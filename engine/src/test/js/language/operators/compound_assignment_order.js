// Compound assignment evaluates the reference, then the old value, then the RHS.
var log = [];
var o = { get p() { log.push("get"); return 1; }, set p(v) { log.push("set " + v); } };
function obj() { log.push("obj"); return o; }
function rhs() { log.push("rhs"); return 2; }
obj().p += rhs();
console.log(log.join(",")); // expect: obj,get,rhs,set 3
var x = 1;
x += (x = 10, 5);
console.log(x); // expect: 6
var a = [1, 2];
var i = 0;
a[i++] += a[i];
console.log(a.join(), i); // expect: 3,2 1
var s = "ab"; s += 1; s -= 0;
console.log(s); // expect: NaN
var m = 7; m %= 4; m <<= 2; m |= 1; m ^= 3; m >>= 1; m >>>= 0; m &= 6;
console.log(m); // expect: 6
var y = 5;
y = y++ + ++y;
console.log(y); // expect: 12
