// 1,000,000 awaits of an already-resolved promise inside one async function; prints time in ms and a checksum.
const p = Promise.resolve(3);
async function main() {
  const t0 = Date.now();
  let sum = 0;
  for (let i = 0; i < 1e6; i++) sum = (sum + await p + i) % 1000003;
  const ms = Date.now() - t0;
  console.log("awaits: " + ms + " ms, checksum " + sum);
}
main();
