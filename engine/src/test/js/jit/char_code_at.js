// charCodeAt in optimized code: the code unit as an int32, for strings and concatenations, and the
// generic answers (NaN, coercions, other receivers) once the code deoptimizes.
function sum(s) { let t = 0; for (let i = 0; i < s.length; i++) t += s.charCodeAt(i); return t; }
function at(s, i) { return s.charCodeAt(i); }
let total = 0, rope = "";
for (let r = 0; r < 3000; r++) { total += sum("hello"); rope += "z"; at(rope, r); }
console.log(total, sum(rope), at("abc", 1), at("😀", 0), at("😀", 1));
console.log(at("abc", 5), at("abc", -1), at("abc", 1.7), at("abc", "2"), at(new String("xy"), 1));
const charCodeAt = String.prototype.charCodeAt;
let err = "";
try { charCodeAt.call(null, 0); } catch (e) { err = e.constructor.name; }
String.prototype.charCodeAt = function () { return -1; };
console.log(at("abc", 0), err);
String.prototype.charCodeAt = charCodeAt;
console.log(at("abc", 0));
// expect: 1596000 366000 98 55357 56832
// expect: NaN NaN 98 99 121
// expect: -1 TypeError
// expect: 97
