// Reading an unknown variable is an uncaught ReferenceError.
console.log("start"); // expect: start
console.log(noSuchVariable);
// expect runtime error: ReferenceError: noSuchVariable is not defined
