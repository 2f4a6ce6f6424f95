// Closures over parameters and over arguments mutation.
function f(x) { var get = () => x; x = x * 2; return get; }
console.log(f(5)()); // expect: 10
function g(a) { return [() => a, v => { a = v; }]; }
var [get, set] = g(1);
set(42);
console.log(get()); // expect: 42
function h(a) { var c = () => a; arguments[0] = "via arguments"; return c(); }
console.log(h("orig")); // expect: via arguments
