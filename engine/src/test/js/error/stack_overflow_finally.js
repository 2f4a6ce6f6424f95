// finally blocks still run while unwinding from a stack overflow.
var finallies = 0;
function rec(n) { try { return rec(n + 1); } finally { if (n < 5) finallies++; } }
try { rec(0); } catch (e) { console.log(e instanceof RangeError); } // expect: true
console.log(finallies); // expect: 5
