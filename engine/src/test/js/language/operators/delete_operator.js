// delete on properties, array elements, variables and non-configurable props.
var o = { a: 1, b: 2 };
console.log(delete o.a, "a" in o, o.a); // expect: true false undefined
console.log(delete o.zzz); // expect: true
var arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, arr[1]); // expect: true 3 false undefined
var v = 1;
console.log(delete v, v); // expect: false 1
globalThis.g = 1;
console.log(delete globalThis.g, typeof g); // expect: true undefined
implicitGlobal = 5;
console.log(delete implicitGlobal, typeof implicitGlobal); // expect: true undefined
console.log(delete Math.PI, Math.PI); // expect: false 3.141592653589793
console.log(delete [].length); // expect: false
console.log(delete 5, delete "x".length); // expect: true false
function f() {}
console.log(delete f, typeof f); // expect: false function
var proto = { p: 1 }; var child = Object.create(proto);
console.log(delete child.p, child.p); // expect: true 1
