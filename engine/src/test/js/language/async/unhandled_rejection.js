// A rejection that is never handled is reported as an uncaught error after the script finishes.
var handledLater = Promise.reject(new Error("handled"));
handledLater.catch(e => console.log("caught", e.message));
async function failing() { await null; throw new Error("nobody catches this"); }
console.log("before"); // expect: before
failing();
console.log("after"); // expect: after
// expect: caught handled
// expect runtime error: Error: nobody catches this
