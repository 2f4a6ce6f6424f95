var r = /x/dgimsuy;
console.log(r.flags, r.hasIndices, r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky);
console.log(/x/.flags === "", new RegExp("x", "ygm").flags, RegExp.prototype.global, RegExp.prototype.flags, RegExp.prototype.source, RegExp.prototype.toString());
["gg", "z", "G"].forEach(function (f) {
  try { new RegExp("x", f); } catch (e) { console.log(e.name + ": " + e.message); }
});
// expect: dgimsuy true true true true true true true
// expect: true gmy undefined  (?:) /(?:)/
// expect: SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
// expect: SyntaxError: Invalid flags supplied to RegExp constructor 'z'
// expect: SyntaxError: Invalid flags supplied to RegExp constructor 'G'
