// console.log of an error whose stack is not a string prints it in brackets,
// "[Error: nostack]" (node falls back to Error.prototype.toString wrapped in
// []). Piste prints "Error: nostack" without the brackets.
const e = new Error('nostack');
e.stack = undefined;
console.log(e);
// expect: [Error: nostack]
