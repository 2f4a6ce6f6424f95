// Multiple declarators, destructuring declarators, chained initializers.
var a = 1, b = a + 1, c = b * 2;
console.log(a, b, c); // expect: 1 2 4
let [x, y] = [1, 2], { z } = { z: 3 };
console.log(x, y, z); // expect: 1 2 3
var u, w = u;
console.log(u, w); // expect: undefined undefined
let n;
console.log(n); // expect: undefined
