// Nested timers: a timer scheduled from a timer runs after it; chained delays accumulate in order.
var out = [];
setTimeout(() => {
  out.push("outer");
  setTimeout(() => {
    out.push("inner");
    setTimeout(() => out.push("innermost"), 0);
  }, 0);
  setTimeout(() => out.push("inner 50"), 50);
}, 0);
setTimeout(() => out.push("sibling 25"), 25);
// The chain prints when it ends (not at a fixed time, which a slow run could reach first).
function chain(n) { if (n === 0) { console.log(out.join(" ")); return; } setTimeout(() => { out.push("chain " + n); chain(n - 1); }, 1); }
setTimeout(() => chain(3), 80);
// expect: outer inner innermost sibling 25 inner 50 chain 3 chain 2 chain 1
var depth = 0;
function recurse() { if (++depth < 50) setTimeout(recurse, 0); else console.log("depth", depth); }
setTimeout(recurse, 200); // expect: depth 50
