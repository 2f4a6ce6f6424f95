String.prototype.trim.call(undefined);
// expect runtime error: TypeError: String.prototype.trim called on null or undefined
