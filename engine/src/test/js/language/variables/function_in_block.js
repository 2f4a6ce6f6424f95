// Function declarations in blocks are block-scoped (with sloppy-mode var-like hoisting of the value).
{
  function inBlock() { return "inner"; }
}
console.log(inBlock()); // expect: inner
(function () {
  "use strict";
  { function strictBlock() {} }
  console.log(typeof strictBlock); // expect: undefined
})();
let r = [];
for (let i = 0; i < 2; i++) { function loopFn() { return i; } r.push(loopFn); }
console.log(r[0](), r[1]()); // expect: 0 1
