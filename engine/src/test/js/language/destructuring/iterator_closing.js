// Array destructuring that does not exhaust an iterator calls its return().
function makeIter(log) {
  var i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { log.push("next"); return { value: i++, done: false }; },
    return() { log.push("return"); return {}; }
  };
}
var log = [];
var [a, b] = makeIter(log);
console.log(a, b, log.join(",")); // expect: 0 1 next,next,return
log = [];
var [] = makeIter(log);
console.log(log.join(",")); // expect: return
log = [];
var thrower = { set t(v) { throw new Error("setter " + v); } };
try { [thrower.t] = makeIter(log); } catch (e) { console.log(e.message); } // expect: setter 0
console.log(log.join(",")); // expect: next,return
var done = [];
var finite = { [Symbol.iterator]() { var n = 0; return { next: () => ({ value: n, done: n++ >= 1 }), return() { done.push("ret"); return {}; } }; } };
var [p, q, r] = finite;
console.log(p, q, r, done.length); // expect: 0 undefined undefined 0
