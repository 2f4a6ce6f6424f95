// Lexical declarations in switch cases share the switch block scope.
function f(x) {
  switch (x) {
    case 0: { let y = "block-scoped"; return y; }
    case 1: let z = "z"; const w = z + "w"; return w;
    case 2: return typeof k;
    default: function k() {}
  }
}
console.log(f(0), f(1), f(2)); // expect: block-scoped zw function
function g() { switch (1) { case 1: var v = "var escapes"; } return v; }
console.log(g()); // expect: var escapes
