// console.dirxml prints like log; clear and the profiling hooks do nothing when output is not a terminal.
console.dirxml({ a: 1 }, [2]); console.clear(); console.profile("p"); console.profileEnd("p"); console.timeStamp("t");
console.log(typeof console.clear, console.dirxml.length, console.clear());
// expect: { a: 1 } [ 2 ]
// expect: function 0 undefined
