// Own keys order: integer keys ascending, then strings in insertion order, then symbols.
var s1 = Symbol("s1"), s2 = Symbol("s2");
var o = {};
o.z = 1; o[s2] = 1; o[10] = 1; o.a = 1; o[2] = 1; o[s1] = 1; o["1"] = 1; o["-1"] = 1; o["01"] = 1; o[4294967294] = 1; o[4294967295] = 1; o[1.5] = 1;
console.log(Object.keys(o).join()); // expect: 1,2,10,4294967294,z,a,-1,01,4294967295,1.5
var forin = []; for (var k in o) forin.push(k);
console.log(forin.join()); // expect: 1,2,10,4294967294,z,a,-1,01,4294967295,1.5
console.log(Reflect.ownKeys(o).map(String).join()); // expect: 1,2,10,4294967294,z,a,-1,01,4294967295,1.5,Symbol(s2),Symbol(s1)
console.log(JSON.stringify({ b: 1, 2: 1, a: 1, 1: 1 })); // expect: {"1":1,"2":1,"b":1,"a":1}
console.log(Object.entries({ y: 1, x: 2, 0: 3 }).map(e => e.join(":")).join()); // expect: 0:3,y:1,x:2
console.log(Object.getOwnPropertyNames([5, 6]).join()); // expect: 0,1,length
