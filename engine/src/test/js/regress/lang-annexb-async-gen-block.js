// Annex B.3.3 var-hoisting of block-level function declarations applies only to
// plain FunctionDeclarations. Async functions, generators and async generators
// declared in a block are block-scoped only, even in sloppy mode, so they are not
// visible after the block. Piste also hoists them to the function scope.
function test() {
  { async function af() {} }
  { function* gf() {} }
  { async function* agf() {} }
  { function pf() {} }
  return [typeof af, typeof gf, typeof agf, typeof pf].join(' ');
}
console.log(test());
// expect: undefined undefined undefined function
