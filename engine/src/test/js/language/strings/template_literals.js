// Template literals: interpolation, nesting, multi-line, ToString of values.
var a = 1, b = "two";
console.log(`a=${a} b=${b} sum=${a + 2}`); // expect: a=1 b=two sum=3
console.log(`${[1, 2]}|${null}|${undefined}|${{}}`); // expect: 1,2|null|undefined|[object Object]
console.log(`outer ${`inner ${a + 1}`} done`); // expect: outer inner 2 done
var ml = `line1
line2`;
console.log(ml.split("\n").length); // expect: 2
console.log(`\${escaped}`, `\`tick\``); // expect: ${escaped} `tick`
console.log(`${1}${2}${3}`); // expect: 123
var o = { toString() { return "TS"; }, valueOf() { return "VO"; } };
console.log(`${o}`, "" + o); // expect: TS VO
console.log(`${-0}`); // expect: 0
try { `${Symbol()}`; } catch (e) { console.log(e.constructor.name); } // expect: TypeError
