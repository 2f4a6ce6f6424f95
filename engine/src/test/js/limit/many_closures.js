// Creating 100,000 closures, each with its own captured binding.
var fs = [];
for (let i = 0; i < 100000; i++) fs.push(() => i);
var s = 0; for (var f of fs) s += f();
console.log(s); // expect: 4999950000
