// Symbol-keyed properties: unique, non-string, excluded from keys/JSON/for-in.
var s = Symbol("tag"), s2 = Symbol("tag");
var o = { [s]: 1, regular: 2 };
o[s2] = 3;
console.log(o[s], o[s2], s.toString(), s.description); // expect: 1 3 Symbol(tag) tag
console.log(Object.keys(o).join(), JSON.stringify(o)); // expect: regular {"regular":2}
console.log(Object.getOwnPropertySymbols(o).length); // expect: 2
var seen = []; for (var k in o) seen.push(k);
console.log(seen.join()); // expect: regular
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(s)); // expect: true app undefined
try { new Symbol(); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(Symbol().description, Symbol("").description === ""); // expect: undefined true
var w = Object(s);
console.log(typeof w, w[Symbol.toPrimitive]() === s, o[w]); // expect: object true 1
