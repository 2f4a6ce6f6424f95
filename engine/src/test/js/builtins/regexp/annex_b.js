// Non-u patterns accept Annex B forms: lone braces, identity escapes, octal escapes, \c without a letter.
console.log(/x{/.test("x{"), /a}/.test("a}"), /]/.test("]"), /x{1/.test("x{1"), /\a\e/.test("ae"), /\8/.test("8"));
console.log(/\101/.test("A"), /\0/.test("\0"), /[\101]/.test("A"), /\c1/.test("\\c1"), /[\c1]/.test("\x11"), /\cJ/.test("\n"));
console.log(/\k/.test("k"), /[\b]/.test("\b"), /\x4/.test("x4"), /\u12/.test("u12"), /[\d-z]/.test("-"), /[a-\d]/.test("-"));
console.log(/(?=a)*/.test(""), /\2(a)(b)/.exec("ab")[0]);
// expect: true true true true true true
// expect: true true true true true true
// expect: true true true true true true
// expect: true ab
