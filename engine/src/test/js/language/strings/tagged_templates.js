// Tagged templates: cooked vs raw strings, substitutions, caching of strings object.
function tag(strings, ...vals) {
  return strings.length + "|" + strings.join("_") + "|" + strings.raw.join("_") + "|" + vals.join(",");
}
console.log(tag`a${1}b${2}c`); // expect: 3|a_b_c|a_b_c|1,2
console.log(tag`x\ny${"v"}`); // expect: 2|x
// expect: y_|x\ny_|v
function first(s) { return s; }
function get() { return first`same`; }
console.log(get() === get()); // expect: true
console.log(Object.isFrozen(get()), Array.isArray(get().raw)); // expect: true true
function cooked(s) { return String(s[0]) + " " + s.raw[0]; }
console.log(cooked`\unicode`); // expect: undefined \unicode
console.log(String.raw`a\tb${1 + 1}\n`); // expect: a\tb2\n
console.log(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3)); // expect: x1y2z
var obj = { m(s, v) { return this.p + s[0] + v; }, p: "P" };
console.log(obj.m`q${9}`); // expect: Pq9
console.log((function () { return arguments.length; })`a${1}b${2}c${3}`); // expect: 4
