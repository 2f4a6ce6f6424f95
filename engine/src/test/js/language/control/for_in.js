// for-in enumerates own then inherited enumerable string keys, skipping shadowed and symbols.
var proto = { inherited: 1, shadowed: "proto" };
var o = Object.create(proto);
o.own = 1; o.shadowed = "own"; o[Symbol()] = 1; o[2] = 1; o[1] = 1;
var keys = []; for (var k in o) keys.push(k);
console.log(keys.join()); // expect: 1,2,own,shadowed,inherited
var hidden = Object.create(Object.defineProperty({}, "x", { value: 1, enumerable: true }));
Object.defineProperty(hidden, "x", { value: 2, enumerable: false });
var h = []; for (var k2 in hidden) h.push(k2);
console.log(h.length); // expect: 0
var cnt = 0; for (var k3 in null) cnt++; for (var k4 in undefined) cnt++;
console.log(cnt); // expect: 0
var chars = []; for (var k5 in "abc") chars.push(k5);
console.log(chars.join()); // expect: 0,1,2
var arr = [10, 20]; arr.extra = "e";
var ak = []; for (var k6 in arr) ak.push(typeof k6 + ":" + k6);
console.log(ak.join()); // expect: string:0,string:1,string:extra
