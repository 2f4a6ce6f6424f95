// if/else chains and truthiness of all falsy values.
function t(v) { if (v) return "T"; else return "F"; }
console.log([0, -0, "", null, undefined, NaN, false, 0n].map(t).join("")); // expect: FFFFFFFF
console.log(["0", " ", [], {}, -1, Infinity, "false", 1n].map(t).join("")); // expect: TTTTTTTT
function cls(n) { if (n < 0) return "neg"; else if (n === 0) return "zero"; else if (n < 10) return "small"; else return "big"; }
console.log(cls(-1), cls(0), cls(5), cls(50)); // expect: neg zero small big
if (true) if (false) console.log("no"); else console.log("dangling else binds inner"); // expect: dangling else binds inner
