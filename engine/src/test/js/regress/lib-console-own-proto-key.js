// console.log of an object with an OWN property named "__proto__" (e.g. from
// JSON.parse or Object.defineProperty): node prints the key as
// ['__proto__'] so it can't be confused with the prototype. Piste prints
// __proto__: 1.
console.log(JSON.parse('{"__proto__": 1, "a": 2}'));
// expect: { ['__proto__']: 1, a: 2 }
