function makeCounter() { let n = 0; return { inc: () => ++n, get: () => n }; }
function closures() {
  let total = 0;
  for (let r = 0; r < 2000; r++) {
    const c = makeCounter();
    for (let i = 0; i < 200; i++) c.inc();
    const add = (k) => (x) => x + k;
    total += add(r)(c.get());
  }
  return total;
}
run("closures", closures, 8);
