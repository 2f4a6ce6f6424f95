// Callees with loops are inlined: their back edges check for interrupts only (a termination leaves
// for the interpreter first), and a guard failing inside an inlined loop rebuilds both frames with the
// loop's variables as they were. Postfix updates (l++, r--) leave their old values in frame states.
function nextPermutation(a) {
  let i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j] <= a[i]) j--;
  let t = a[i]; a[i] = a[j]; a[j] = t;
  for (let l = i + 1, r = a.length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
  return true;
}
function countPermutations(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
  let c = 1;
  while (nextPermutation(a)) c++;
  return c + ":" + a.join("");
}
let s = "";
for (let k = 0; k < 20; k++) s = countPermutations(6);
console.log(s, countPermutations(4));

// The inlined loop meets a value of another kind part way through: deoptimized there, it goes on.
function sumFrom(a, start) { let t = 0; for (let i = start; i < a.length; i++) t += a[i]; return t; }
function total(rows) { let t = 0; for (let r = 0; r < rows.length; r++) t += sumFrom(rows[r], 1); return t; }
const rows = [];
for (let r = 0; r < 50; r++) rows.push([r, 1, 2, 3, r]);
let u = 0;
for (let k = 0; k < 200; k++) u += total(rows);
console.log(u);
rows[7] = [0, 1, 2.5, "x", 4];
rows[9] = [0, 1, 2, 3, 2147483647];
console.log(total(rows));

// Nested inlined loops, and a loop whose exit is a return from inside it.
function firstAbove(m, limit) {
  for (let i = 0; i < m.length; i++) for (let j = 0; j < m[i].length; j++) if (m[i][j] > limit) return i + "," + j;
  return "none";
}
function search(m) { let r = ""; for (let l = 0; l < 12; l += 3) r += firstAbove(m, l) + ";"; return r; }
const m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]];
let v = "";
for (let k = 0; k < 500; k++) v = search(m);
console.log(v, search([[1.5, 20], [0]]));

// A leaf with a loop runs without a frame of its own where it is not inlined (here, map's callback);
// a guard failing inside its loop makes the frame then, and the loop goes on in the interpreter.
const sumAll = x => { let t = 0; for (let i = 0; i < x.length; i++) t += x[i]; return t; };
const lists = [];
for (let i = 0; i < 100; i++) lists.push([i, 1, 2]);
let w = 0;
for (let k = 0; k < 300; k++) w += lists.map(sumAll)[k % 100];
lists[50] = [1, 2.5, "a", 3];
lists[51] = [2147483647, 1];
console.log(w, lists.map(sumAll).slice(49, 53).join());
