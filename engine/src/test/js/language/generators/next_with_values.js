// Values passed to next() become the result of the paused yield expression.
function* acc() { var total = 0; while (true) { var v = yield total; if (v === undefined) return total; total += v; } }
var a = acc();
a.next("ignored first");
a.next(5); a.next(10);
console.log(a.next(1).value, a.next().value, a.next().done); // expect: 16 16 true
function* echo() { var x = yield "q1"; var y = yield x + "!"; return [x, y].join("+"); }
var e = echo();
console.log(e.next().value, e.next("a").value, e.next("b").value); // expect: q1 a! a+b
