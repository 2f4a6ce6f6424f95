// Division of ints yields doubles; no integer division.
console.log(7 / 2, -7 / 2); // expect: 3.5 -3.5
console.log(6 / 3); // expect: 2
console.log(1 / 3 * 3); // expect: 1
console.log(-2147483648 / -1); // expect: 2147483648
console.log(10 / 4 | 0); // expect: 2
console.log(Math.floor(-7 / 2)); // expect: -4
console.log(String(0 / -5), Object.is(0 / -5, -0)); // expect: 0 true
console.log("6" / "2", "6" * "2", "6" - "2", "6" + "2"); // expect: 3 12 4 62
console.log(null / 2, undefined / 2, true / 2, [] / 2, [4] / 2); // expect: 0 NaN 0.5 0 2
