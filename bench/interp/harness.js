// Benchmark harness shared by the interpreter benchmarks (concatenated before each program by the runner).
// run(name, fn, iterations): calls fn once per iteration and prints each iteration's time in ms.
function run(name, fn, iterations) {
  let check;
  for (let i = 0; i < iterations; i++) {
    const t0 = Date.now();
    check = fn();
    const t1 = Date.now();
    console.log(name + " iteration " + i + " " + (t1 - t0) + " ms");
  }
  console.log(name + " result " + check);
}
