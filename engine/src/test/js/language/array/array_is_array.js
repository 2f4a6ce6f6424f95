// Array.isArray, Array.from with iterables/array-likes, Array.of.
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(new Array()), Array.isArray(Array.prototype)); // expect: true false true true
console.log(Array.from({ length: 3 }, (_, i) => i * i).join()); // expect: 0,1,4
console.log(Array.from("héllo").length, Array.from(new Set([1, 1, 2])).join()); // expect: 5 1,2
console.log(Array.from(new Map([[1, "a"]]))[0].join()); // expect: 1,a
console.log(Array.of(1, 2, 3).join(), Array.of().length); // expect: 1,2,3 0
console.log(Array(3).join("x"), Array("3").length); // expect: xx 1
