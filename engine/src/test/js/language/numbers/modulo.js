// % takes the sign of the dividend and works on doubles.
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3); // expect: 1 -1 1 -1
console.log(5.5 % 2); // expect: 1.5
console.log(-5.5 % 2); // expect: -1.5
console.log(5 % 0, -5 % 0); // expect: NaN NaN
console.log(Infinity % 2, 2 % Infinity); // expect: NaN 2
console.log(Object.is(-4 % 2, -0)); // expect: true
console.log(Object.is(0 % 5, 0)); // expect: true
console.log(String(-2147483648 % -1)); // expect: 0
console.log(Object.is(-2147483648 % -1, -0)); // expect: true
console.log(0.3 % 0.1); // expect: 0.09999999999999998
console.log(1e17 % 3); // expect: 1
console.log(2 ** 53 % 10); // expect: 2
