#!/usr/bin/env python3
"""Tier-up policies against each other on the benchmark suite.

Runs each benchmark of bench/suite once per policy, in one process per run, and reports what a user
waits for: the whole run (JVM start to exit, wall clock), the first iteration, the steady state, and
what the JIT did (--jit-stats: functions compiled, compile time and throughput, when the first
compiled code was installed). Benchmarks print numbers; nothing here is a test.

    bench/tiering.py [--only a,b] [--iterations N] [--modes interp,fixed,breakeven,randomized,always]
"""
import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
SUITE = os.path.join(BENCH, "suite")
PISTE = os.path.join(ROOT, "bin", "piste")

MODES = [
    ("interp", ["--jitless"]),
    ("fixed", ["--tier-policy=fixed"]),
    ("breakeven", ["--tier-policy=breakeven"]),
    ("randomized", ["--tier-policy=randomized"]),
    ("always", ["--always-baseline"]),
]
STATS = re.compile(r"\[jit-stats\] tier 1: (\d+) functions compiled, (\d+) refused; (\d+) bytecode instructions .*? in ([0-9.]+) ms "
                   r"\(([0-9.]+) instructions/ms.*?first code installed (\S+) after start; (\d+) OSR entries")


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only")
    ap.add_argument("--iterations", type=int, default=8)
    ap.add_argument("--modes", default=",".join(m[0] for m in MODES))
    args = ap.parse_args()
    names = sorted(f[:-3] for f in os.listdir(SUITE) if f.endswith(".js"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    modes = [m for m in MODES if m[0] in args.modes.split(",")]
    subprocess.run([PISTE, "-e", "0"], capture_output=True)  # build outside any measurement
    harness = open(os.path.join(BENCH, "harness.js")).read()
    tmp = tempfile.mkdtemp(prefix="piste-tiering-")
    rows = []
    try:
        for name in names:
            script = os.path.join(tmp, name + ".js")
            with open(script, "w") as f:
                f.write("var BENCH_ITERATIONS = %d;\n" % args.iterations + harness + "\n" + open(os.path.join(SUITE, name + ".js")).read())
            for mode, flags in modes:
                print("running %-14s %-11s" % (name, mode), file=sys.stderr, flush=True)
                start = time.monotonic()
                p = subprocess.run([PISTE, "--jit-stats"] + flags + [script], capture_output=True, text=True, timeout=600)
                wall = (time.monotonic() - start) * 1000
                times = [int(t) for t in re.findall(r"^ITERATION \S+ \d+ (\d+)$", p.stdout, re.M)]
                ok = p.returncode == 0 and "CHECKED" in p.stdout and len(times) == args.iterations
                m = STATS.search(p.stderr)
                half = sorted(times[len(times) // 2:])
                rows.append({"name": name, "mode": mode, "ok": ok, "wall": wall, "first": times[0] if times else None,
                             "steady": half[len(half) // 2] if half else None,
                             "compiled": int(m.group(1)) if m else 0, "compile_ms": float(m.group(4)) if m else 0.0,
                             "throughput": float(m.group(5)) if m else None, "first_install": m.group(6) if m else "-",
                             "osr": int(m.group(7)) if m else 0})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("| benchmark | mode | whole run ms | first iteration ms | steady ms | compiled | compile ms | instructions/ms | first installed | OSR |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print("| %s | %s | %s | %s | %s | %d | %.1f | %s | %s | %d |" % (
            r["name"], r["mode"], "%.0f" % r["wall"] if r["ok"] else "FAILED", r["first"], r["steady"],
            r["compiled"], r["compile_ms"], "%.0f" % r["throughput"] if r["throughput"] else "-", r["first_install"], r["osr"]))
    print()
    print("| mode | geomean whole run ms | geomean first iteration ms | geomean steady ms | total compile ms |")
    print("|---|---:|---:|---:|---:|")
    for mode, _ in modes:
        rs = [r for r in rows if r["mode"] == mode and r["ok"]]
        print("| %s | %.0f | %.0f | %.1f | %.0f |" % (mode, geomean([r["wall"] for r in rs]), geomean([r["first"] for r in rs]),
                                                 geomean([r["steady"] for r in rs]), sum(r["compile_ms"] for r in rs)))


if __name__ == "__main__":
    sys.exit(main())
