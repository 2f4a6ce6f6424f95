// Symbol.asyncIterator on a custom object: for await uses it (even over Symbol.iterator) and awaits next() results.
var obj = {
  [Symbol.asyncIterator]() {
    var i = 0;
    return {
      next() { i++; return new Promise(r => setTimeout(() => r({ value: "tick" + i, done: i > 3 }), 1)); }
    };
  },
  [Symbol.iterator]() { return ["sync should not be used"][Symbol.iterator](); }
};
var plainResults = {
  [Symbol.asyncIterator]() { var n = 0; return { next() { return { value: Promise.resolve(n), done: n++ >= 2 }; } }; }
};
var badResult = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve(42); } }; } };
(async () => {
  var got = [];
  for await (const v of obj) got.push(v);
  console.log(got.join()); // expect: tick1,tick2,tick3
  var vals = [];
  for await (const v of plainResults) vals.push(v instanceof Promise ? "promise" : v);
  console.log(vals.join()); // expect: promise,promise
  try { for await (const v of badResult) {} } catch (e) { console.log("non-object result:", e instanceof TypeError); } // expect: non-object result: true
  class Feed {
    constructor(items) { this.items = items; }
    async *[Symbol.asyncIterator]() { for (const x of this.items) { await null; yield x.toUpperCase(); } }
  }
  var up = [];
  for await (const s of new Feed(["a", "b"])) up.push(s);
  console.log(up.join("")); // expect: AB
  try { for await (const v of {}) {} } catch (e) { console.log("not async iterable:", e instanceof TypeError); } // expect: not async iterable: true
})();
