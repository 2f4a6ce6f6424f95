console.log(/\s/.test("\u00a0"), /\s/.test("\ufeff"), /\s/.test("\u0085"), /\s/.test("\u2028"), /\S/.test("\u180e"));
console.log(/\d/.test("٣"), /\w/.test("é"), /\W/.test("_"), /[\w-]/.test("-"), /[^\d\s]/.test("a"), /[^\d\s]/.test("1"));
console.log(/./.test("\n"), /./.test("\r"), /./.test("\u2028"), /./.test("\u0085"), /./s.test("\n"), /[^]/.test("\n"), /[]/.test(""));
console.log(/\bé/.test(" é"), /a\b/.test("a!"), /\Ba/.test("ba"), /[a-z&&[^b]]/.test("&"), /[\[\]]/.test("]"), /\v/.test("v"), /\v/.test("\v"));
// expect: true true false true true
// expect: false false false true true false
// expect: false false false true true true false
// expect: false true true false true false true
