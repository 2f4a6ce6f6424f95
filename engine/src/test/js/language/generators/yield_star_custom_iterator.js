// yield* with a hand-written iterator: next/throw/return are called with the forwarded values.
var calls = [];
var iterable = {
  [Symbol.iterator]() {
    var n = 0;
    return {
      next(v) { calls.push("next(" + v + ")"); n++; return n <= 3 ? { value: n * 10, done: false } : { value: "fin", done: true }; },
      throw(e) { calls.push("throw(" + e + ")"); return { value: "thrown-result", done: false }; },
      return(v) { calls.push("return(" + v + ")"); return { value: "ret:" + v, done: true }; }
    };
  }
};
function* g() { var r = yield* iterable; calls.push("result " + r); return r; }
var it = g();
console.log(it.next("a").value, it.next("b").value, it.next("c").value); // expect: 10 20 30
console.log(JSON.stringify(it.next("d"))); // expect: {"value":"fin","done":true}
console.log(calls.join(" ")); // expect: next(undefined) next(b) next(c) next(d) result fin
calls = [];
var t = g(); t.next();
console.log(t.throw("X").value, calls.join(" ")); // expect: thrown-result next(undefined) throw(X)
calls = [];
var r = g(); r.next();
console.log(JSON.stringify(r.return("Z")), calls.join(" ")); // expect: {"value":"ret:Z","done":true} next(undefined) return(Z)
var resultObj = { value: "kept", done: false, extra: 1 };
var same = { [Symbol.iterator]() { return { next() { return resultObj; } }; } };
function* g2() { yield* same; }
console.log(g2().next() === resultObj); // expect: true
