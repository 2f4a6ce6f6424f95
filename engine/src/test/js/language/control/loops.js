// for, while and do-while loops including zero-iteration and condition-after cases.
var s = ""; for (var i = 0; i < 5; i++) s += i;
console.log(s); // expect: 01234
var n = 0; while (n < 0) n++;
console.log(n); // expect: 0
var d = 0; do { d++; } while (d < 0);
console.log(d); // expect: 1
var count = 0; for (;;) { if (++count === 3) break; }
console.log(count); // expect: 3
var k = 10, steps = 0; while (k /= 2, k > 1) steps++;
console.log(steps); // expect: 3
var out = []; for (var a = 0, b = 5; a < b; a++, b--) out.push(a + ":" + b);
console.log(out.join(" ")); // expect: 0:5 1:4 2:3
var cont = ""; for (var c = 0; c < 6; c++) { if (c % 2) continue; cont += c; }
console.log(cont); // expect: 024
var dw = 0; do { if (dw === 2) { dw = 100; continue; } dw++; } while (dw < 5);
console.log(dw); // expect: 100
