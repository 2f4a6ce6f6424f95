// JSON.parse: values, reviver, strictness of the grammar.
var v = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041","d":-1.5e2,"e":true}');
console.log(v.a[2].b, v.c, v.d, v.e, v.a.length); // expect: null A -150 true 3
console.log(JSON.parse("1"), JSON.parse('"s"'), JSON.parse(" [ ] ").length); // expect: 1 s 0
var r = JSON.parse('{"x":1,"y":{"z":2}}', (k, val) => typeof val === "number" ? val + 100 : val);
console.log(r.x, r.y.z); // expect: 101 102
var order = [];
JSON.parse('{"a":{"b":1},"c":2}', function (k, val) { order.push(k); return val; });
console.log(order.join("|")); // expect: b|a|c|
function bad(t) { try { JSON.parse(t); return "ok"; } catch (e) { return e.name; } }
console.log(bad("{'a':1}"), bad("[1,]"), bad("01"), bad("{a:1}"), bad("NaN"), bad("")); // expect: SyntaxError SyntaxError SyntaxError SyntaxError SyntaxError SyntaxError
console.log(JSON.parse('{"__proto__":1}').__proto__, Object.keys(JSON.parse('{"__proto__":1}')).join()); // expect: 1 __proto__
console.log(JSON.parse('{"a":1,"a":2}').a); // expect: 2
