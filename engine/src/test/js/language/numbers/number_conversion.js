// ToNumber on strings, booleans, null, undefined, objects, arrays.
console.log(Number("  42  "), Number("4 2"), Number("\n\t7\n")); // expect: 42 NaN 7
console.log(Number("-0x10"), Number("+10"), Number("1e1000")); // expect: NaN 10 Infinity
console.log(Number("1_000"), Number(".5"), Number("5.")); // expect: NaN 0.5 5
console.log(Number(true), Number(false), Number(null), Number(undefined)); // expect: 1 0 0 NaN
console.log(Number([]), Number([5]), Number([1, 2]), Number({})); // expect: 0 5 NaN NaN
console.log(+"", +" ", +"0", String(+"-0"), 1 / +"-0"); // expect: 0 0 0 0 -Infinity
console.log(+new Date(0)); // expect: 0
console.log(Number({ valueOf: () => "8" })); // expect: 8
try { Number(Symbol()); } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { +1n; } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(Number(12n)); // expect: 12
