// Built-in operations throw the spec-defined error types.
function kind(f) { try { f(); return "none"; } catch (e) { return e.constructor.name; } }
console.log(kind(() => null.x), kind(() => undefined.x), kind(() => (void 0)())); // expect: TypeError TypeError TypeError
console.log(kind(() => ({}).foo()), kind(() => new (function () {}.bind())().x)); // expect: TypeError none
console.log(kind(() => new Array(-1)), kind(() => (1).toFixed(200)), kind(() => "a".repeat(-1))); // expect: RangeError RangeError RangeError
console.log(kind(() => JSON.parse("{bad")), kind(() => new Function("a b")), kind(() => eval("1 +"))); // expect: SyntaxError SyntaxError SyntaxError
console.log(kind(() => undefinedVariable), kind(() => decodeURIComponent("%"))); // expect: ReferenceError URIError
console.log(kind(() => Symbol() + ""), kind(() => BigInt(1.5)), kind(() => new Set().add.call({}, 1))); // expect: TypeError RangeError TypeError
console.log(kind(() => Object.defineProperty(1, "x", {})), kind(() => new Proxy({}, null))); // expect: TypeError TypeError
