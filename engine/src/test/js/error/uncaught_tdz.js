// Reading a let binding in its TDZ is an uncaught ReferenceError.
console.log(early);
let early = 1;
// expect runtime error: ReferenceError: Cannot access 'early' before initialization
