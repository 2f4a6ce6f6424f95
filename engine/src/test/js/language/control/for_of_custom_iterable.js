// for-of uses Symbol.iterator, next() and done/value protocol.
var range = {
  from: 1, to: 4,
  [Symbol.iterator]() { var c = this.from, t = this.to; return { next: () => c <= t ? { value: c++, done: false } : { value: "ret", done: true } }; }
};
var out = []; for (var n of range) out.push(n);
console.log(out.join(), [...range].length, Math.max(...range)); // expect: 1,2,3,4 4 4
var calls = 0;
var weird = { [Symbol.iterator]() { return { next() { calls++; return { done: calls > 2, value: calls }; } }; } };
for (var w of weird) console.log("w", w);
// expect: w 1
// expect: w 2
var bad = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { for (var b of bad) {} } catch (e) { console.log(e instanceof TypeError); } // expect: true
var notFn = { [Symbol.iterator]: 1 };
try { for (var q of notFn) {} } catch (e) { console.log(e.name); } // expect: TypeError
