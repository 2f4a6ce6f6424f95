// -0 is distinct from +0 only via Object.is and 1/x; it prints as "0".
var nz = -0;
console.log(`${nz}`); // expect: 0
console.log(String(nz)); // expect: 0
console.log(Object.is(nz, -0), Object.is(nz, 0)); // expect: true false
console.log(nz === 0); // expect: true
console.log(1 / nz); // expect: -Infinity
console.log(1 / (0 * -1)); // expect: -Infinity
console.log(Object.is(-5 % 5, -0)); // expect: true
console.log(Object.is(0 - 0, -0)); // expect: false
console.log(Object.is(-0 + 0, 0)); // expect: true
console.log(Object.is(-0 - 0, -0)); // expect: true
console.log(Object.is(Math.round(-0.4), -0)); // expect: true
console.log(Object.is(-1 * 0, -0)); // expect: true
console.log(Object.is(Math.abs(-0), 0)); // expect: true
console.log(JSON.stringify(-0)); // expect: 0
console.log([-0].includes(0), [-0].indexOf(0)); // expect: true 0
console.log(Object.is(Math.min(0, -0), -0)); // expect: true
console.log(Object.is(-0 | 0, 0)); // expect: true
