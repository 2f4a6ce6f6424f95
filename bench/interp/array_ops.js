function arrays() {
  let total = 0;
  for (let r = 0; r < 50; r++) {
    const a = [];
    for (let i = 0; i < 20000; i++) a.push(i * 3);
    for (let i = 0; i < a.length; i++) total += a[i];
  }
  return total;
}
run("array_ops", arrays, 8);
