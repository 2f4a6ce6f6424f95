// JSON.stringify of plain data: nesting, skipped values, indentation, replacer, toJSON.
console.log(JSON.stringify({ a: [1, "s", true, null], b: { c: 1.5 } })); // expect: {"a":[1,"s",true,null],"b":{"c":1.5}}
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol(), n: NaN, i: -Infinity })); // expect: {"n":null,"i":null}
console.log(JSON.stringify([undefined, function () {}, Symbol()])); // expect: [null,null,null]
console.log(JSON.stringify(undefined), JSON.stringify("q\"\\"), JSON.stringify(null)); // expect: undefined "q\"\\" null
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, 2).split("\n").length); // expect: 7
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"])); // expect: {"a":1,"c":3}
console.log(JSON.stringify({ a: 1, b: "x" }, (k, v) => typeof v === "number" ? v * 10 : v)); // expect: {"a":10,"b":"x"}
console.log(JSON.stringify({ d: { toJSON(key) { return "TJ:" + key; } } })); // expect: {"d":"TJ:d"}
console.log(JSON.stringify(new Date(0))); // expect: "1970-01-01T00:00:00.000Z"
var cyc = {}; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { JSON.stringify({ big: 1n }); } catch (e) { console.log(e.name); } // expect: TypeError
console.log(JSON.stringify("a\ud800"), JSON.stringify("\u2028").length, JSON.stringify([new Number(3), new String("s")])); // expect: "a\ud800" 3 [3,"s"]
console.log(JSON.stringify({ a: [] }, null, "--")); // expect: {
// expect: --"a": []
// expect: }
