var composed = "\u00e9", decomposed = "e\u0301";
console.log(composed === decomposed, composed.normalize("NFD") === decomposed, decomposed.normalize() === composed, "\ufb01".normalize("NFKC"), "\ufb01".normalize("NFKD").length);
try { "a".normalize("nfc"); } catch (e) { console.log(e.name + ": " + e.message); }
// expect: false true true fi 2
// expect: RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
