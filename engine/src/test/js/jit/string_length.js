// String lengths read in optimized code as int32, for flat strings and concatenations, until a
// non-string comes.
function count(s, c) { let n = 0; for (let i = 0; i < s.length; i++) if (s[i] === c) n++; return n; }
function len(s) { return s.length; }
let t = 0, rope = "";
for (let r = 0; r < 3000; r++) { t += count("banana", "a"); rope += "ab"; len(rope); }
console.log(t, count(rope, "b"), len(rope), len("héllo"), len("😀"), len(""));
console.log(len([1, 2]), len({ length: 7 }), len(String("xy")), count(["a", "b", "a"], "a"));
let threw = "";
try { len(null); } catch (e) { threw = e.constructor.name; }
console.log(threw, len(new String("abc")));
// expect: 9000 3000 6000 5 2 0
// expect: 2 7 2 2
// expect: TypeError 3
