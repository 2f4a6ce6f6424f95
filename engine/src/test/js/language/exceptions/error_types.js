// Each built-in Error type: name, message, instanceof Error, toString.
var types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (var T of types) {
  var e = new T("msg");
  console.log(e.name, e.message, e instanceof Error, e instanceof T, String(e), Object.getPrototypeOf(T.prototype) === (T === Error ? Object.prototype : Error.prototype));
}
// expect: Error msg true true Error: msg true
// expect: TypeError msg true true TypeError: msg true
// expect: RangeError msg true true RangeError: msg true
// expect: SyntaxError msg true true SyntaxError: msg true
// expect: ReferenceError msg true true ReferenceError: msg true
// expect: EvalError msg true true EvalError: msg true
// expect: URIError msg true true URIError: msg true
console.log(String(new Error()), JSON.stringify(new Error().message)); // expect: Error ""
console.log(String(TypeError("no new")), TypeError("x") instanceof TypeError); // expect: TypeError: no new true
console.log(new Error(undefined).hasOwnProperty("message"), new Error("").hasOwnProperty("message")); // expect: false true
console.log(new Error(42).message === "42"); // expect: true
var agg = new AggregateError([new Error("a"), 1], "many");
console.log(agg.name, agg.message, agg.errors.length); // expect: AggregateError many 2
