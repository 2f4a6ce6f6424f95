// push/pop/shift/unshift/splice/reverse/sort/fill/copyWithin mutate in place.
var a = [1, 2, 3];
console.log(a.push(4, 5), a.pop(), a.shift(), a.unshift(0), a.join()); // expect: 5 5 1 4 0,2,3,4
var removed = a.splice(1, 2, "x", "y", "z");
console.log(removed.join(), a.join()); // expect: 2,3 0,x,y,z,4
console.log(a.splice(-2).join(), a.join()); // expect: z,4 0,x,y
console.log(a.reverse().join()); // expect: y,x,0
console.log([10, 9, 1, 100].sort().join(), [10, 9, 1, 100].sort((p, q) => p - q).join()); // expect: 1,10,100,9 1,9,10,100
console.log(new Array(3).fill(7).join(), [1, 2, 3, 4, 5].copyWithin(0, 3).join()); // expect: 7,7,7 4,5,3,4,5
var stable = [{ k: 1, v: "a" }, { k: 0, v: "b" }, { k: 1, v: "c" }, { k: 0, v: "d" }];
console.log(stable.sort((p, q) => p.k - q.k).map(o => o.v).join("")); // expect: bdac
console.log([].pop(), [].shift()); // expect: undefined undefined
