var a = [1, 2, NaN, 2, undefined, , "2"];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -4), a.indexOf(NaN), a.indexOf("2"), a.indexOf(undefined));
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -5), a.lastIndexOf(2, -100), a.lastIndexOf(9));
console.log(a.includes(NaN), a.includes(undefined), [1, , 3].includes(undefined), [1, , 3].indexOf(undefined));
console.log([0].includes(-0), [-0].indexOf(0), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, 1), [].includes());
console.log([1,2,3].indexOf(1, 10), [1,2,3].lastIndexOf(3, 10));
// expect: 1 3 3 -1 6 4
// expect: 3 1 1 -1 -1
// expect: true true true -1
// expect: true 0 true false false
// expect: -1 2
