// Symbol.toPrimitive takes precedence and receives the hint.
var hints = [];
var o = { [Symbol.toPrimitive](hint) { hints.push(hint); return hint === "number" ? 42 : "str"; } };
console.log(+o, `${o}`, o + "", o * 2, String(o), o == "str"); // expect: 42 str str 84 str true
console.log(hints.join()); // expect: number,string,default,number,string,default
var bad = { [Symbol.toPrimitive]() { return {}; } };
try { +bad; } catch (e) { console.log(e instanceof TypeError); } // expect: true
var d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1)); // expect: string number
