console.log(String.fromCharCode(72, 105), String.fromCharCode(65536 + 65), String.fromCharCode(), String.fromCharCode("66", -1).charCodeAt(1));
console.log(String.fromCodePoint(128512).length, String.fromCodePoint(128512).codePointAt(0), String.fromCodePoint(97, 98), String.fromCodePoint());
["-1", "1.5", "1114112", "NaN", "Infinity"].forEach(function (s) {
  try { String.fromCodePoint(+s); } catch (e) { console.log(e.name + ": " + e.message); }
});
try { String.fromCodePoint("x"); } catch (e) { console.log(e.name + ": " + e.message); }
// expect: Hi A  65535
// expect: 2 128512 ab 
// expect: RangeError: Invalid code point -1
// expect: RangeError: Invalid code point 1.5
// expect: RangeError: Invalid code point 1114112
// expect: RangeError: Invalid code point NaN
// expect: RangeError: Invalid code point Infinity
// expect: RangeError: Invalid code point NaN
