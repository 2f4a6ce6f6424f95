// yield* delegates to iterables and returns the inner generator's return value.
function* inner() { yield "a"; yield "b"; return "inner result"; }
function* outer() { var r = yield* inner(); yield r; yield* [1, 2]; yield* "xy"; }
console.log([...outer()].join()); // expect: a,b,inner result,1,2,x,y
function* tree(t) { if (Array.isArray(t)) for (var c of t) yield* tree(c); else yield t; }
console.log([...tree([1, [2, [3, 4]], [[5]]])].join()); // expect: 1,2,3,4,5
function* receiver() { var got = yield "ready"; yield "got " + got; }
function* wrap() { yield* receiver(); }
var w = wrap(); w.next();
console.log(w.next("passed through").value); // expect: got passed through
