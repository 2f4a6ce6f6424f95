// yield* over arrays, strings (by code point), Sets and Maps, with the expression value undefined.
function* g() {
  var r1 = yield* [1, , 3];
  var r2 = yield* "a\u{1F600}b";
  yield* new Set(["s1", "s2"]);
  yield* new Map([["k", "v"]]);
  yield* [];
  return [r1, r2].map(String).join("/");
}
var out = [];
var it = g(), step;
while (!(step = it.next()).done) out.push(Array.isArray(step.value) ? step.value.join(":") : String(step.value));
console.log(out.join(",")); // expect: 1,undefined,3,a,😀,b,s1,s2,k:v
console.log(out.length); // expect: 9
console.log(step.value); // expect: undefined/undefined
var arr = [1, 2];
var seen = [];
var gi = (function* () { yield* arr; })();
seen.push(gi.next().value);
arr.push(3);
seen.push(gi.next().value, gi.next().value, gi.next().done);
console.log(seen.join()); // expect: 1,2,3,true
