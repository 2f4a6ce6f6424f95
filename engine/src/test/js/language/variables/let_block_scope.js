// let and const are block scoped.
let a = 1;
{
  let a = 2;
  console.log(a); // expect: 2
  { const a = 3; console.log(a); } // expect: 3
}
console.log(a); // expect: 1
if (true) { let inner = 1; }
console.log(typeof inner); // expect: undefined
for (let i = 0; i < 1; i++) {}
console.log(typeof i); // expect: undefined
let x = "outer";
function f() { return x; }
{ let x = "inner"; console.log(f()); } // expect: outer
