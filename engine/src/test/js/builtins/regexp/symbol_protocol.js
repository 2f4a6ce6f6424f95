// String methods delegate to the argument's Symbol.* methods.
var custom = {
  [Symbol.match](s) { return "match:" + s; },
  [Symbol.replace](s, r) { return "replace:" + s + ":" + r; },
  [Symbol.search](s) { return 42; },
  [Symbol.split](s, lim) { return ["split", s, lim]; },
};
console.log("x".match(custom), "x".replace(custom, "y"), "x".search(custom), "x".split(custom, 3).join());
var calls = [];
var re = /b/g;
re.exec = function (s) { calls.push(this.lastIndex); return RegExp.prototype.exec.call(this, s); };
console.log("abcb".replace(re, "X"), calls.join());
console.log(RegExp.prototype[Symbol.split].name, RegExp.prototype[Symbol.replace].length);
// expect: match:x replace:x:y 42 split,x,3
// expect: aXcX 0,2,4
// expect: [Symbol.split] 2
