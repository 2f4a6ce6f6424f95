console.log("5".padStart(3, "0"), "abc".padStart(10, "123"), "abc".padEnd(6, "xy"), "abc".padStart(2), "[" + "a".padEnd(3) + "]", "abc".padStart(6, ""));
console.log("ab".repeat(0) === "", "ab".repeat(2.9), "".repeat(100) === "", "x".repeat("3"));
try { "a".repeat(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { "a".repeat(Infinity); } catch (e) { console.log(e.name + ": " + e.message); }
try { "abc".repeat(2 ** 30); } catch (e) { console.log(e.name + ": " + e.message); }
// expect: 005 1231231abc abcxyx abc [a  ] abc
// expect: true abab true xxx
// expect: RangeError: Invalid count value: -1
// expect: RangeError: Invalid count value: Infinity
// expect: RangeError: Invalid string length
