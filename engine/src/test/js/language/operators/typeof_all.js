// typeof on every kind of value, including undeclared names.
console.log(typeof undefined, typeof null, typeof true, typeof 1); // expect: undefined object boolean number
console.log(typeof "s", typeof Symbol(), typeof 1n, typeof {}); // expect: string symbol bigint object
console.log(typeof [], typeof function () {}, typeof class {}, typeof (() => 1)); // expect: object function function function
console.log(typeof function* () {}, typeof async function () {}); // expect: function function
console.log(typeof notDeclaredAnywhere); // expect: undefined
console.log(typeof new Number(1), typeof Object(Symbol()), typeof /x/); // expect: object object object
console.log(typeof Math, typeof JSON, typeof Math.max, typeof Date); // expect: object object function function
console.log(typeof typeof 1); // expect: string
console.log(typeof NaN, typeof Infinity); // expect: number number
console.log(typeof new Proxy(function () {}, {}), typeof new Proxy({}, {})); // expect: function object
