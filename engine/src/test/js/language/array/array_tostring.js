// Array toString/join: nested arrays, null/undefined become empty, cycles become empty.
var a = [1, [2, 3], null, undefined, "s", true];
console.log(String(a)); // expect: 1,2,3,,,s,true
var cyc = [1, 2]; cyc.push(cyc);
console.log(String(cyc)); // expect: 1,2,
console.log(JSON.stringify([[] + "", [[]] + "", [[], []] + ""])); // expect: ["","",","]
console.log([1.5, -0, 1e21].join(";")); // expect: 1.5;0;1e+21
var o = [{ toString() { return "X"; } }];
console.log(`${o}`); // expect: X
