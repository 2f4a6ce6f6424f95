// Default sort compares by UTF-16 code units after ToString.
console.log([10, 9, 1, "b", "B", "a", undefined, null].sort().map(String).join()); // expect: 1,10,9,B,a,b,null,undefined
console.log(["\u{1F600}", "\uFFFF", "z"].sort().map(s => s.codePointAt(0)).join()); // expect: 122,128512,65535
console.log(["é", "e", "f"].sort().join()); // expect: e,f,é
