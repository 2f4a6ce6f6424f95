// The value of a yield* expression is the inner iterator's return value (done: true result).
function* inner(x) { yield x; return x * 2; }
function* outer() {
  var a = yield* inner(1);
  var b = yield* inner(a);
  var c = (yield* inner(b)) + 100;
  return [a, b, c].join();
}
var it = outer(), vals = [], s;
while (!(s = it.next()).done) vals.push(s.value);
console.log(vals.join(), s.value); // expect: 1,2,4 2,4,108
function* noReturn() { yield "x"; }
function* wrap() { return yield* noReturn(); }
var w = wrap(); w.next();
console.log(JSON.stringify(w.next())); // expect: {"done":true}
function* earlyReturn() { return "immediate"; }
function* wrap2() { var r = yield* earlyReturn(); yield "after " + r; }
console.log([...wrap2()].join()); // expect: after immediate
function* recursive(n) { if (n === 0) return 0; yield n; return n + (yield* recursive(n - 1)); }
var rv = recursive(4), items = [];
while (!(s = rv.next()).done) items.push(s.value);
console.log(items.join(), s.value); // expect: 4,3,2,1 10
