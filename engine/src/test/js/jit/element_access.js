// Element loads and stores that tier 2 specializes by elements kind (unboxed ints and doubles), hot,
// then met with holes, indices out of bounds, appends, other kinds and receivers that are not arrays.
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
function fill(a, n, v) { for (let i = 0; i < n; i++) a[i] = v + i; return a; }
function get(a, i) { return a[i]; }
const ints = [1, 2, 3, 4, 5], dbls = [1.5, 2.5, -0, NaN], objs = ["a", {}, null, undefined];
let t = 0;
for (let r = 0; r < 3000; r++) t += sum(ints);
console.log(t, sum(dbls), sum([1, 2.5]), sum(["x", 1]));
const holey = [1, , 3]; holey[10] = 4;
for (let r = 0; r < 3000; r++) get(holey, r % 3);
console.log(get(holey, 1), get(holey, 5), get(holey, 10), get(holey, 11), get(holey, -1), get(holey, "0"), get(holey, 1.5));
Array.prototype[1] = "proto";
console.log(get(holey, 1), get([0, , 2], 1));
delete Array.prototype[1];
const grow = [];
for (let r = 0; r < 3000; r++) fill(grow, 5, r);
console.log(grow.join(","), fill([], 3, 0.5).join(","), fill([1.5, 2.5], 4, 1).join(","), fill(["s"], 2, 7).join(","));
const big = fill(new Array(8), 8, 1);
console.log(big.join(","), get(objs, 0), get(objs, 3), get(objs, 4), get({0: "o"}, 0), get("str", 1));
const frozen = Object.freeze([1, 2, 3]);
fill(frozen, 3, 9);
console.log(frozen.join(","), get(new Int32Array([7, 8]), 1));
let arr = [1, 2, 3];
for (let r = 0; r < 3000; r++) { arr[r % 3] = r; }
arr[1] = 0.5; arr[2] = "z";
console.log(arr.join(","), dbls.map(x => Object.is(x, -0)).join(","));
// expect: 45000 NaN 3.5 0x1
// expect: undefined undefined 4 undefined undefined 1 undefined
// expect: proto proto
// expect: 2999,3000,3001,3002,3003 0.5,1.5,2.5 1,2,3,4 7,8
// expect: 1,2,3,4,5,6,7,8 a undefined undefined o t
// expect: 1,2,3 8
// expect: 2997,0.5,z false,false,true,false
