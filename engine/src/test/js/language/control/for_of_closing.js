// return() is called when a for-of loop exits early via break, return or throw, not on normal completion.
function iter(log) {
  var i = 0;
  return { [Symbol.iterator]() { return this; },
    next() { return { value: i++, done: i > 5 }; },
    return() { log.push("return called"); return {}; } };
}
var log = [];
for (var x of iter(log)) if (x === 1) break;
console.log(log.join(), x); // expect: return called 1
log = [];
for (var y of iter(log)) {}
console.log(log.length); // expect: 0
log = [];
function f() { for (var z of iter(log)) return z; }
console.log(f(), log.length); // expect: 0 1
log = [];
try { for (var w of iter(log)) throw new Error("boom"); } catch (e) { console.log(e.message, log.length); } // expect: boom 1
log = [];
outer: for (var a of [1, 2]) { for (var b of iter(log)) continue outer; }
console.log(log.length); // expect: 2
log = [];
for (var c of iter(log)) { if (c < 2) continue; break; }
console.log(log.length); // expect: 1
var throwsInReturn = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { throw new Error("from return"); } }; } };
try { for (var t of throwsInReturn) throw new Error("body"); } catch (e) { console.log(e.message); } // expect: body
try { for (var t2 of throwsInReturn) break; } catch (e) { console.log(e.message); } // expect: from return
