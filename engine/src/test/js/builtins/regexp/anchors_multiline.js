console.log(/^b/.test("a\nb"), /^b/m.test("a\nb"), /a$/.test("a\n"), /a$/m.test("a\nb"), /a$/m.test("a\r\nb"), /^b/m.test("a\u2028b"));
console.log("a\nb\nc".match(/^\w$/gm).join("|"), "l1\r\nl2".replace(/$/gm, "<").length, /^$/m.test("x\n\ny"));
// expect: false true false true true true
// expect: a|b|c 9 true
