// Doubles lose integer precision above 2^53.
console.log(Number.MAX_SAFE_INTEGER); // expect: 9007199254740991
console.log(Number.MAX_SAFE_INTEGER + 1); // expect: 9007199254740992
console.log(Number.MAX_SAFE_INTEGER + 2); // expect: 9007199254740992
console.log(9007199254740993 === 9007199254740992); // expect: true
console.log(Number.MIN_SAFE_INTEGER); // expect: -9007199254740991
console.log(Number.isSafeInteger(2 ** 53)); // expect: false
console.log(Number.isSafeInteger(2 ** 53 - 1)); // expect: true
console.log(2 ** 64); // expect: 18446744073709552000
