console.log(/(a)\1/.test("aa"), /(a)\1/.test("ab"), /\1(a)/.exec("a")[0], /(a\1)/.exec("aa")[0], /(?<q>['"]).*?\k<q>/.exec(`say "hi" 'x'`)[0]);
console.log(/(\w)(\w)\2\1/.test("abba"), /(?<n>x)\k<n>/u.test("xx"), "aabbcc".replace(/(\w)\1/g, "$1").length);
// expect: true false a a "hi"
// expect: true true 3
