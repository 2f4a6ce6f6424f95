// let declarations in switch cases share one block scope (TDZ across cases).
function f(x) {
  switch (x) {
    case 1: let v = "one"; return v;
    case 2: try { return v; } catch (e) { return e.name; }
  }
}
console.log(f(1), f(2)); // expect: one ReferenceError
switch (0) { case 0: { let w = 1; console.log(w); } } // expect: 1
