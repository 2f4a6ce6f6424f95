// Piste benchmark harness. The runner (bin/bench) concatenates: an optional prelude that sets
// BENCH_ITERATIONS / BENCH_SMOKE, this file, then one benchmark file from bench/suite/.
// The same text runs unchanged on Piste and on node: plain script, Date.now() for timing.
//
// A benchmark file calls:
//   benchmark({
//     name: "nbody",           // short name, no spaces
//     iterations: 10,          // default iteration count (the runner usually overrides it)
//     size: 1000,              // problem size of a normal run
//     smokeSize: 10,           // problem size under BENCH_SMOKE (fast correctness runs)
//     setup(size) { ... },     // optional, untimed, run once
//     run(size) { ... },       // the timed work; returns a result
//     check(result, size) { ... } // returns true when the result is right (or throws)
//   });
//
// Output, one line each:
//   ITERATION <name> <i> <ms>   for every iteration (so warm-up curves can be drawn)
//   CHECKED <name>              once every iteration's result has been verified
// A wrong result throws an Error (the process exits non-zero, and CHECKED is not printed).
function benchmark(spec) {
  var smoke = typeof BENCH_SMOKE !== "undefined" && BENCH_SMOKE === true;
  var iterations = typeof BENCH_ITERATIONS === "number" && BENCH_ITERATIONS > 0
    ? BENCH_ITERATIONS : (smoke ? 1 : (spec.iterations || 10));
  var size = smoke && spec.smokeSize !== undefined ? spec.smokeSize : spec.size;
  if (typeof spec.setup === "function") spec.setup(size);
  for (var i = 0; i < iterations; i++) {
    var t0 = Date.now();
    var result = spec.run(size);
    var t1 = Date.now();
    console.log("ITERATION " + spec.name + " " + i + " " + (t1 - t0));
    var ok = spec.check(result, size);
    if (ok !== true) {
      throw new Error("benchmark " + spec.name + " produced a wrong result at iteration " + i +
        " (size " + size + "): " + describeResult(result));
    }
  }
  console.log("CHECKED " + spec.name);
}

function describeResult(r) {
  try {
    var s = typeof r === "object" ? JSON.stringify(r) : String(r);
    return s.length > 200 ? s.slice(0, 200) + "..." : s;
  } catch (e) {
    return String(r);
  }
}

// A deterministic pseudo-random generator shared by the benchmarks: a 31-bit Park-Miller style LCG
// computed exactly in doubles (no 32-bit overflow tricks), so every engine gives the same sequence.
function makeRandom(seed) {
  var state = (seed % 2147483647 + 2147483647) % 2147483647 || 1;
  return {
    nextInt: function () { // 1 .. 2^31-2
      state = (state * 48271) % 2147483647;
      return state;
    },
    next: function () { // [0, 1)
      state = (state * 48271) % 2147483647;
      return (state - 1) / 2147483646;
    },
    below: function (n) { // 0 .. n-1
      state = (state * 48271) % 2147483647;
      return state % n;
    }
  };
}

// Compares a result with the expected value recorded for this size (values are compared through
// JSON.stringify, so keep them to integers, strings, booleans and arrays/objects of those; round
// floating-point numbers first). With no recorded value, prints the actual one and fails.
function expectFor(table, size, actual) {
  var want = table[size];
  var got = JSON.stringify(actual);
  if (want === undefined) {
    console.log("NO-EXPECTED " + size + " " + got);
    return false;
  }
  if (JSON.stringify(want) !== got) {
    console.log("MISMATCH size " + size + ": expected " + JSON.stringify(want) + ", got " + got);
    return false;
  }
  return true;
}
