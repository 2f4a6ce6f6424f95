// ToBoolean: only the eight falsy values; all objects are truthy.
console.log(Boolean(""), Boolean(" "), Boolean(0), Boolean(-0), Boolean(NaN), Boolean(0n)); // expect: false true false false false false
console.log(Boolean(null), Boolean(undefined), Boolean({}), Boolean([]), Boolean(new Boolean(false))); // expect: false false true true true
console.log(!!Symbol(), !!function () {}, !!"false", !!-1); // expect: true true true true
