// Basic arithmetic operators on mixed types.
console.log(1 + 2, 5 - 7, 3 * 4, 9 / 2); // expect: 3 -2 12 4.5
console.log("3" - 1, "3" * "4", true + true, null + 1); // expect: 2 12 2 1
console.log(undefined + 1, [] + 1, [2] * [3]); // expect: NaN 1 6
console.log(-"5", +"-5", - -5, +true); // expect: -5 -5 5 1
console.log(1 - -1, 1 + +"1"); // expect: 2 2
console.log(String(10n ** 20n), String(7n / 2n), String(-7n % 3n)); // expect: 100000000000000000000 3 -1
try { 1 + 1n; } catch (e) { console.log(e instanceof TypeError); } // expect: true
