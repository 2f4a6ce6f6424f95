// Java folds case with Unicode simple case folding; JS non-u mode differs for a few characters (e.g. U+212A KELVIN SIGN), which are not tested here.
console.log(/abc/i.test("ABC"), /é/i.test("É"), /[a-z]/i.test("Q"), /\u212a/iu.test("k"), /ß/i.test("SS"));
console.log(/(a)\1/i.test("aA"), /[^a]/i.test("A"), "ABC".replace(/b/i, "x"), /σ/i.test("Σ"));
// expect: true true true true false
// expect: true false AxC true
