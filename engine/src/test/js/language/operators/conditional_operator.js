// ?: evaluates only the chosen branch; right-associative.
var n = 0;
var r = true ? "yes" : n++;
console.log(r, n); // expect: yes 0
function grade(s) { return s > 90 ? "A" : s > 80 ? "B" : s > 70 ? "C" : "F"; }
console.log(grade(95), grade(85), grade(75), grade(10)); // expect: A B C F
console.log(0 ? "t" : "f", "" ? "t" : "f", "0" ? "t" : "f", [] ? "t" : "f"); // expect: f f t t
console.log(null ? 1 : NaN ? 2 : 3); // expect: 3
