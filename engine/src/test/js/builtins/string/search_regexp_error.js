["includes", "startsWith", "endsWith"].forEach(function (m) {
  try { "abc"[m](/a/); } catch (e) { console.log(e.name + ": " + e.message); }
});
var notRegExp = /a/;
notRegExp[Symbol.match] = false;
console.log("/a/".startsWith(notRegExp), "x/a/".includes(notRegExp));
// expect: TypeError: First argument to String.prototype.includes must not be a regular expression
// expect: TypeError: First argument to String.prototype.startsWith must not be a regular expression
// expect: TypeError: First argument to String.prototype.endsWith must not be a regular expression
// expect: true true
