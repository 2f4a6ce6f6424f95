["trim", "at", "slice", "indexOf", "toUpperCase", "padStart", "split", "replace", "match", "normalize"].forEach(function (m) {
  try { String.prototype[m].call(null); } catch (e) { console.log(e.name + ": " + e.message); }
});
try { String.prototype.includes.call(undefined, "x"); } catch (e) { console.log(e.message); }
console.log(String.prototype.toUpperCase.call(12), String.prototype.slice.call(true, 1), String.prototype.at.call(123, -1));
try { String.prototype.valueOf.call({}); } catch (e) { console.log(e.name); }
// expect: TypeError: String.prototype.trim called on null or undefined
// expect: TypeError: String.prototype.at called on null or undefined
// expect: TypeError: String.prototype.slice called on null or undefined
// expect: TypeError: String.prototype.indexOf called on null or undefined
// expect: TypeError: String.prototype.toUpperCase called on null or undefined
// expect: TypeError: String.prototype.padStart called on null or undefined
// expect: TypeError: String.prototype.split called on null or undefined
// expect: TypeError: String.prototype.replace called on null or undefined
// expect: TypeError: String.prototype.match called on null or undefined
// expect: TypeError: String.prototype.normalize called on null or undefined
// expect: String.prototype.includes called on null or undefined
// expect: 12 rue 3
// expect: TypeError
