// 1,000,000 generator next() calls via for-of over a counting generator; prints time in ms and a checksum.
function* count(n) { for (let i = 0; i < n; i++) yield i; }
const t0 = Date.now();
let sum = 0;
for (const x of count(1e6)) sum = (sum + x) % 1000003;
const ms = Date.now() - t0;
console.log("generators: " + ms + " ms, checksum " + sum);
