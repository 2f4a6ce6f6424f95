// A loop that starts at the function's first instruction: its header merges the entry values with
// the back edge (the optimizing tier once read the entry value forever here, and looped).
function dominates(a, b) {
  while (true) { if (a === b) return true; if (b.idom === b) return false; b = b.idom; }
}
function countDown(n) {
  do { n = n - 1; } while (n > 0);
  return n;
}
const root = {}; root.idom = root;
const mid = {idom: root}, leaf = {idom: mid};
const out = [];
for (let i = 0; i < 30; i++) out.push(dominates(root, leaf), dominates(leaf, root), countDown(i + 5));
console.log(out.slice(0, 6).join(" "), out.length);
// expect: true false 0 true false 0 90
