// + with a string and a primitive concatenates the primitive's string form; a symbol throws.
const s = Symbol("q"); let r = [];
try { r.push("a" + s); } catch (e) { r.push(e.constructor.name); }
try { r.push(s + "a"); } catch (e) { r.push(e.constructor.name); }
r.push("x" + 1.5, 2 + "y", "n" + null, undefined + "u", "b" + true, "big" + 10n, "neg" + -0, "e" + 1e21);
console.log(r.join("|"));
// expect: TypeError|TypeError|x1.5|2y|nnull|undefinedu|btrue|big10|neg0|e1e+21
