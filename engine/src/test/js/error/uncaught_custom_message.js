// An uncaught user-thrown Error reports its name and message.
function validate(x) { if (x < 0) throw new RangeError("x must be non-negative"); return x; }
console.log(validate(1)); // expect: 1
validate(-1);
// expect runtime error: RangeError: x must be non-negative
