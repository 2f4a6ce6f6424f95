// Annex B.3.3 / B.3.4: in sloppy mode a function declaration may be the body of an
// if/else clause (`if (x) function f(){}`), treated as if wrapped in a block, so the
// function is var-bound in the enclosing function. Piste parses it but the name is
// not bound: calling it throws ReferenceError.
function test1() {
  if (true) function h() { return 'h'; }
  return h();
}
function test2() {
  if (false) function a() { return 1; } else function a() { return 2; }
  return a();
}
console.log(test1());
console.log(test2());
// expect: h
// expect: 2
