// Statement completion values observed via eval.
console.log(eval("1; 2; 3")); // expect: 3
console.log(eval("var x = 5;")); // expect: undefined
console.log(eval("if (true) { 'yes' } else { 'no' }")); // expect: yes
console.log(eval("for (var i = 0; i < 3; i++) i * 10;")); // expect: 20
console.log(eval("switch (1) { case 1: 'one'; }")); // expect: one
console.log(eval("try { 'try' } finally { 'finally' }")); // expect: try
console.log(eval("1; while (false) {}")); // expect: undefined
console.log(eval("1; do { 2; break; } while (false)")); // expect: 2
