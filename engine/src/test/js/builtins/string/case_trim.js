// toLocaleUpperCase/LowerCase ignore the locale argument in Piste (no ICU), so only locale-neutral cases are tested.
console.log("Hello Wörld".toUpperCase(), "ÀÉÎ".toLowerCase(), "ß".toUpperCase(), "İ".toLowerCase().length);
console.log("[" + "  \t\n x y \u00a0\ufeff\u2028".trim() + "]", "[" + "  x  ".trimStart() + "]", "[" + "  x  ".trimEnd() + "]");
console.log("[" + "\u200b x".trim() + "]", String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name);
// expect: HELLO WÖRLD àéî SS 2
// expect: [x y] [x  ] [  x]
// expect: [​ x] true trimEnd
