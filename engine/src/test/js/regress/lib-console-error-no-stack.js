// console.log of an error whose stack has no "\n    at" frame lines prints it
// in brackets: node falls back to Error.prototype.toString when err.stack is
// not a non-empty string, and wraps the text in [] when it has no frames.
// Piste prints the text bare ("Error: nostack", "" or "Error {}").
const e = new Error('nostack');
e.stack = undefined;
console.log(e);
const e3 = new TypeError('t');
e3.stack = 'Something else entirely';
console.log(e3);
const e5 = new Error('x');
e5.stack = '';
console.log(e5);
console.log(Object.create(Error.prototype));
// expect: [Error: nostack]
// expect: [Something else entirely]
// expect: [Error: x]
// expect: [Error]
