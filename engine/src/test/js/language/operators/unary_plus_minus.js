// Unary + and - apply ToNumber; - on 0 gives -0.
console.log(+"3.5", -"3.5", +"", +"x", +[], +{}); // expect: 3.5 -3.5 0 NaN 0 NaN
console.log(Object.is(-0, -(0)), Object.is(-(-0), 0)); // expect: true true
console.log(-(-2147483648), -2147483647 - 1); // expect: 2147483648 -2147483648
console.log(+true, -false === 0, +null, +undefined); // expect: 1 true 0 NaN
console.log(-"0x10", +"  0b11  "); // expect: -16 3
