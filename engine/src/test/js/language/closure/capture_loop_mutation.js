// Closures created in the loop body see later mutations; closures in the init capture the init-time binding.
var fs = [];
for (let i = 0; i < 2; i++) { fs.push(() => i); i += 10; }
console.log(fs.length, fs[0]()); // expect: 1 10
var seen = [], bodyI = [];
for (let i = 0, inc = () => ++i; i < 3; i++) { seen.push(inc()); bodyI.push(i); }
console.log(seen.join(), bodyI.join()); // expect: 1,2,3 0,1,2
