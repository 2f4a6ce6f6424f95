// Object.defineProperty accessors on arrays and functions; __defineGetter__-free.
var arr = [1, 2, 3];
Object.defineProperty(arr, "sum", { get() { return this.reduce((a, b) => a + b, 0); } });
console.log(arr.sum); arr.push(4); console.log(arr.sum); // expect: 6
// expect: 10
var log = [];
var o = {};
Object.defineProperty(o, 0, { get() { log.push("get0"); return "zero"; }, enumerable: true });
console.log(JSON.stringify(o), log.join()); // expect: {"0":"zero"} get0
var idx = [];
Object.defineProperty(idx, 5, { value: "five", writable: true, enumerable: true, configurable: true });
console.log(idx.length, idx[5]); // expect: 6 five
