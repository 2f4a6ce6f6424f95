// A common real-world mistake is a comparator returning a boolean
// (`(a, b) => a > b`), which never returns a negative number. The spec leaves
// the result implementation-defined, but V8's TimSort (binary insertion sort
// for short arrays) only moves an element when the comparator returns < 0,
// so such a sort leaves the array in its original order. Piste instead swaps on
// > 0 and actually sorts, so output differs from node for code relying on it.
console.log([5, 1, 4].sort((a, b) => b > a).join());
console.log([3, 8, 1, 9, 2, 7].sort((a, b) => a > b).join());
console.log(['b', 'c', 'a', 'd'].sort((a, b) => a > b).join());
const people = [{ n: 'x', age: 30 }, { n: 'y', age: 25 }, { n: 'z', age: 35 }, { n: 'w', age: 20 }];
console.log(people.sort((a, b) => a.age > b.age).map(p => p.n).join());
// expect: 5,1,4
// expect: 3,8,1,9,2,7
// expect: b,c,a,d
// expect: x,y,z,w
