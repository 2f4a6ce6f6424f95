// void evaluates its operand for side effects and returns undefined.
var n = 0;
console.log(void 0, void "x", void (n = 5)); // expect: undefined undefined undefined
console.log(n); // expect: 5
console.log(void 0 === undefined); // expect: true
console.log(typeof void 0); // expect: undefined
