// arguments is array-like (not an array), iterable, and has a length independent of formals.
function f(a) { return [Array.isArray(arguments), arguments.length, typeof arguments[Symbol.iterator], Array.from(arguments).join()].join("|"); }
console.log(f(1, 2, 3)); // expect: false|3|function|1,2,3
function g() { arguments[5] = "x"; return arguments.length; }
console.log(g(1)); // expect: 1
console.log((function () { return (() => arguments[0])(); })("outer")); // expect: outer
